// A promise-based stand-in for the WebExtension API, enough to run
// background.ts in Node. The polyfill returns globalThis.browser untouched
// when it exists (as in Firefox), so installing this before importing the
// background wires the real module to these fakes.
import type { PageState } from '../../src/shared/types.js';

type Listener = (...args: never[]) => unknown;

export class FakeEvent<L extends Listener = Listener> {
  listeners: L[] = [];
  addListener(l: L) { this.listeners.push(l); }
  removeListener(l: L) { this.listeners = this.listeners.filter((x) => x !== l); }
  hasListener(l: L) { return this.listeners.includes(l); }
  /** Calls every listener; returns their results. */
  fire(...args: Parameters<L>): unknown[] { return this.listeners.map((l) => l(...args)); }
}

export class FakeArea {
  data = new Map<string, unknown>();
  async get(key?: string | null) {
    if (key == null) return Object.fromEntries(this.data);
    return this.data.has(key) ? { [key]: structuredClone(this.data.get(key)) } : {};
  }
  async set(items: Record<string, unknown>) { for (const [k, v] of Object.entries(items)) this.data.set(k, structuredClone(v)); }
  async remove(key: string) { this.data.delete(key); }
}

export const EXTENSION_ID = 'whosaid-test-id';
export const ORIGIN = `chrome-extension://${EXTENSION_ID}/`;

export function installFakeBrowser() {
  const badges = new Map<number, { text?: string; color?: string; title?: string }>();
  const badge = (tabId: number) => { if (!badges.has(tabId)) badges.set(tabId, {}); return badges.get(tabId)!; };
  /** What each tab's content script answers (absent: no content script, like a browser page). */
  const contentScripts = new Map<number, (name: string, payload: unknown) => unknown>();
  const menus: { id: string; title: string }[] = [];
  const onChanged = new FakeEvent();
  const sync = new FakeArea();
  const session = new FakeArea();
  const fake = {
    runtime: {
      id: EXTENSION_ID,
      getURL: (p: string) => ORIGIN + p,
      onMessage: new FakeEvent(),
      onInstalled: new FakeEvent(),
      onStartup: new FakeEvent(),
    },
    i18n: { getMessage: (k: string, s?: string[]) => (s?.length ? `${k}(${s.join(',')})` : k), getUILanguage: () => 'en' },
    storage: { sync, session, local: new FakeArea(), onChanged },
    tabs: {
      onUpdated: new FakeEvent(),
      onRemoved: new FakeEvent(),
      query: async () => [{ id: 1 }],
      sendMessage: async (tabId: number, m: { whosaid: string; payload: unknown }) => {
        const cs = contentScripts.get(tabId);
        if (!cs) throw new Error('Could not establish connection. Receiving end does not exist.');
        return cs(m.whosaid, m.payload);
      },
    },
    action: {
      setBadgeText: async (d: { tabId: number; text: string }) => { badge(d.tabId).text = d.text; },
      setBadgeBackgroundColor: async (d: { tabId: number; color: string }) => { badge(d.tabId).color = d.color; },
      setTitle: async (d: { tabId: number; title: string }) => { badge(d.tabId).title = d.title; },
    },
    commands: { onCommand: new FakeEvent() },
    contextMenus: {
      removeAll: async () => { menus.length = 0; },
      create: (m: { id: string; title: string }) => { menus.push(m); },
      onClicked: new FakeEvent(),
    },
  };
  const g = globalThis as Record<string, unknown>;
  g.chrome = { runtime: { id: EXTENSION_ID } };
  g.browser = fake;
  return {
    fake, badges, contentScripts, menus, sync, session,
    /** Sends a message as the browser would deliver it to the background; resolves with its answer. */
    async send(name: string, payload: unknown, sender: Record<string, unknown>): Promise<unknown> {
      const results = fake.runtime.onMessage.fire(...([{ whosaid: name, payload }, { id: EXTENSION_ID, ...sender }] as never[]));
      const answer = results.find((r) => r !== undefined);
      if (answer === undefined) throw new Error('no listener answered');
      return answer;
    },
  };
}

export function tabSender(tabId: number, url = 'https://news.example/a') {
  return { tab: { id: tabId }, url, frameId: 0 };
}

export const popupSender = { url: ORIGIN + 'popup.html' };

export type { PageState };
