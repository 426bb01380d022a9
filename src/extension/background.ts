// Background: service worker in Chromium, event page in Firefox (one bundle).
//
//   content script ──analyze──▶ engine-host (lazy) ──▶ analysis + summary
//   content script ──pageState─▶ tab-state (storage.session) ──▶ badge
//   popup ──getTabState──▶ tab-state, else ask the tab (getStatus)
//   commands / context menu ──▶ toggle / step on the active tab
//   settings (storage.sync) ──▶ extra phrases for the engine
//
// Every listener is registered synchronously at the top level, as a service
// worker woken by an event needs.
import browser from './browser.js';
import type { Runtime } from './browser.js';
import { handleMessages, sendToTab } from './messages.js';
import type { MessageName, Request, Response } from './messages.js';
import { isFromContentScript, isFromExtensionPage, isTopFrame } from './sender.js';
import { TabStates, isPageState } from './tab-state.js';
import type { SessionArea } from './tab-state.js';
import { applyBadge, badgeFor } from './badge.js';
import { shownState } from './shown-state.js';
import { runCommand } from './commands.js';
import { runEngine, warmEngine } from './engine-host.js';
import { createTranslator } from './i18n.js';
import { defaultSettings, extraLexiconOf } from './settings.js';
import { loadSettings, onSettingsChanged } from './settings-sync.js';
import type { PageState, Settings } from '../shared/types.js';

const t = createTranslator((k, s) => browser.i18n.getMessage(k, s), browser.i18n.getUILanguage());
const origin = browser.runtime.getURL('');
const session = (browser.storage as { session?: SessionArea }).session ?? null;
const tabs = new TabStates(session);

// Settings: read once per wake-up, then kept fresh.
let settings: Settings = defaultSettings();
const settingsReady = loadSettings().then((r) => {
  settings = r.settings;
  if (r.notices.length) console.warn('whosaid: settings fell back to defaults in part', r.notices);
});
onSettingsChanged((r) => { settings = r.settings; });

const send = <N extends MessageName>(tabId: number, name: N, payload: Request<N>): Promise<Response<N>> =>
  sendToTab(tabId, name, payload);

function refuse(what: string, sender: Runtime.MessageSender): never {
  throw new Error(`whosaid: ${what} refused from ${sender.url ?? 'unknown sender'}`);
}

async function updateTab(tabId: number, state: PageState | null): Promise<void> {
  if (state) await tabs.set(tabId, state);
  else await tabs.clear(tabId);
  // The badge counts what the page shows: not the grades switched off in the options.
  await applyBadge(browser.action, tabId, badgeFor(state && shownState(state, settings.grades).state, t));
}

handleMessages({
  ping: () => ({ pong: true, at: Date.now() }),

  analyze: async (req, sender) => {
    if (!isFromContentScript(sender, origin)) refuse('analyze', sender);
    if (typeof req.text !== 'string') return { ok: false, error: 'text is not a string' };
    try {
      // Read fresh: a content script re-analyzing right after the user added
      // a phrase must not race this worker's storage.onChanged event.
      await settingsReady;
      settings = (await loadSettings()).settings;
      const result = await runEngine(req.text, typeof req.langHint === 'string' ? req.langHint : undefined, extraLexiconOf(settings));
      return { ok: true, result };
    } catch (e) {
      return { ok: false, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
    }
  },

  pageState: async (state, sender) => {
    if (!isFromContentScript(sender, origin) || !isTopFrame(sender)) refuse('pageState', sender);
    if (!isPageState(state)) refuse('malformed pageState', sender);
    // Read fresh: a page repainted for new grades reports before this worker's storage.onChanged may arrive.
    await settingsReady;
    settings = (await loadSettings()).settings;
    await updateTab(sender.tab!.id!, state);
    return { ok: true };
  },

  getTabState: async ({ tabId }, sender) => {
    if (!isFromExtensionPage(sender, origin)) refuse('getTabState', sender);
    if (!Number.isInteger(tabId)) return null;
    const cached = await tabs.get(tabId);
    if (cached) return cached;
    // A restarted worker without storage.session, or a tab that has not
    // reported yet: ask the content script; browser pages have none (null).
    try {
      const fresh = await send(tabId, 'getStatus', {});
      if (!isPageState(fresh)) return null;
      await updateTab(tabId, fresh);
      return fresh;
    } catch {
      return null;
    }
  },
});

// A new document in a tab: its old state and badge no longer apply. The
// content script of the new page reports again. Warm the engine meanwhile,
// so the analyze request that follows does not wait for it.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') {
    void updateTab(tabId, null);
    if (settings.autoHighlight) warmEngine();
  } else if (change.status === 'complete') {
    // Some same-document navigations also pass through "loading": if the
    // content script is still there with a state, take it back.
    void (async () => {
      if (await tabs.get(tabId)) return;
      try {
        const s = await send(tabId, 'getStatus', {});
        if (isPageState(s) && s.state !== 'idle' && !(await tabs.get(tabId))) await updateTab(tabId, s);
      } catch {
        // No content script (yet): it reports by itself once it runs.
      }
    })();
  }
});
browser.tabs.onRemoved.addListener((tabId) => { void tabs.clear(tabId); });

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

browser.commands.onCommand.addListener((command: string, tab?: browser.Tabs.Tab) => {
  void (async () => {
    const tabId = tab?.id ?? (await activeTabId());
    if (tabId !== undefined) await runCommand(send, command, tabId);
  })();
});

// Context menu: one item that toggles highlights on the page. Menus persist
// across restarts, so they are (re)created on install and on browser start.
const MENU_ID = 'whosaid-toggle';
async function createMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_ID,
    title: t('menuToggle'),
    contexts: ['page', 'selection'],
    documentUrlPatterns: ['http://*/*', 'https://*/*'],
  });
}
browser.runtime.onInstalled.addListener(() => { void createMenu(); });
browser.runtime.onStartup.addListener(() => { void createMenu(); });
browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
  void runCommand(send, 'toggle-highlights', tab.id);
});
