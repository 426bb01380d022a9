// The real connector: messages to the background and the tab, storage, commands.
import browser from '../browser.js';
import { isEnvelope, sendToBackground, sendToTab } from '../messages.js';
import type { PageState } from '../../shared/types.js';
import { loadSettings, saveSettings } from '../settings-sync.js';
import { isPageState } from '../tab-state.js';
import type { CommandInfo, Connector } from './connector.js';
import { shownKey } from './view-model.js';

const POLL_MS = 700;

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms);
    p.then((v) => { clearTimeout(timer); resolve(v); }, (e: unknown) => { clearTimeout(timer); reject(e); });
  });
}

export function browserConnector(search: string = location.search): Connector {
  return {
    async tabId() {
      // Tests open the popup page in a tab and name the page's tab with ?tabId=N.
      const fromQuery = Number(new URLSearchParams(search).get('tabId'));
      if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id ?? null;
    },

    async ping() {
      try {
        const r = await withTimeout(sendToBackground('ping', {}), 3000, 'ping');
        return r?.pong === true;
      } catch {
        return false;
      }
    },

    async getTabState(tabId) {
      try {
        const s = await withTimeout(sendToBackground('getTabState', { tabId }), 3000, 'background');
        if (s) return s;
      } catch {
        // Background unreachable: the tab can still answer for itself.
      }
      try {
        const s = await withTimeout(sendToTab(tabId, 'getStatus', {}), 2000, 'page');
        return isPageState(s) ? s : null;
      } catch {
        return null; // no content script: a browser page, the web store, a page open since before install
      }
    },

    setEnabled: (tabId, enabled) => sendToTab(tabId, 'setEnabled', { enabled }),
    runAnyway: (tabId) => sendToTab(tabId, 'runAnyway', {}),
    async focusAttribution(tabId, id) {
      try {
        return (await sendToTab(tabId, 'focusAttribution', { id })).ok;
      } catch {
        return false;
      }
    },

    subscribe(tabId, cb) {
      let last = '';
      const deliver = (s: PageState) => {
        const key = shownKey(s);
        if (key === last) return;
        last = key;
        cb(s);
      };
      // The content script's reports reach every extension page; listen without answering.
      const listener = (m: unknown, sender: browser.Runtime.MessageSender) => {
        if (isEnvelope(m) && m.whosaid === 'pageState' && sender.tab?.id === tabId && isPageState(m.payload)) deliver(m.payload);
        return undefined;
      };
      browser.runtime.onMessage.addListener(listener);
      // And poll, in case a report was missed (a worker restart, Firefox's event page).
      const timer = setInterval(() => {
        sendToTab(tabId, 'getStatus', {}).then((s) => { if (isPageState(s)) deliver(s); }, () => undefined);
      }, POLL_MS);
      return () => {
        browser.runtime.onMessage.removeListener(listener);
        clearInterval(timer);
      };
    },

    loadSettings,
    saveSettings,

    async commands(): Promise<CommandInfo[]> {
      try {
        const all = await browser.commands.getAll();
        return all.filter((c) => c.name && !c.name.startsWith('_')).map((c) => ({
          name: c.name!, description: c.description ?? '', shortcut: c.shortcut ?? '',
        }));
      } catch {
        return [];
      }
    },

    openOptions: () => browser.runtime.openOptionsPage(),

    async copyText(text) {
      try {
        await navigator.clipboard.writeText(text);
      } catch {
        // Older Firefox popups without clipboard focus: the selection fallback.
        const ta = document.createElement('textarea');
        ta.value = text;
        document.body.append(ta);
        ta.select();
        const ok = document.execCommand('copy');
        ta.remove();
        if (!ok) throw new Error('copy refused');
      }
    },

    async download(filename, mime, text) {
      // A data: URL, not a blob: URL: Firefox closes the popup when it shows
      // the file chooser, which revokes the popup's blob: URLs and fails the
      // download (https://github.com/Rob--W/crxviewer/issues/141). Blob only
      // for very large exports, where data: URLs hit URL length limits.
      const small = text.length < 1_500_000;
      const url = small ? `data:${mime};charset=utf-8,${encodeURIComponent(text)}` : URL.createObjectURL(new Blob([text], { type: mime }));
      const a = document.createElement('a');
      a.href = url;
      a.download = filename;
      document.body.append(a);
      a.click();
      a.remove();
      if (!small) setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
  };
}
