// Popup (placeholder): asks the current tab's content script for its status and pings the background.
import browser from '../browser.js';
import { sendToBackground, sendToTab } from '../messages.js';

async function activeTabId(): Promise<number | undefined> {
  // Tests open the popup page in a tab and name the page's tab with ?tabId=N.
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function main(): Promise<void> {
  const status = document.getElementById('status')!;
  const bg = document.getElementById('background')!;
  const tabId = await activeTabId();
  try {
    if (tabId === undefined) throw new Error('no tab');
    const s = await sendToTab(tabId, 'getStatus', {});
    status.textContent = `${s.state}: ${s.title}`;
    status.dataset.state = s.state;
    document.body.dataset.state = s.state;
  } catch {
    status.textContent = browser.i18n.getMessage('popupNoContent') || 'Whosaid cannot run on this page.';
    status.dataset.state = 'unavailable';
    document.body.dataset.state = 'unavailable';
  }
  try {
    const pong = await sendToBackground('ping', {});
    bg.textContent = pong.pong ? 'background: ok' : 'background: ?';
    bg.dataset.state = pong.pong ? 'ok' : 'error';
    document.body.dataset.background = bg.dataset.state;
  } catch {
    bg.textContent = 'background: no answer';
    bg.dataset.state = 'error';
    document.body.dataset.background = 'error';
  }
}

void main();
