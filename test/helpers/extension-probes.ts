// Probes shared by the highlight and popup browser tests: polling on a condition,
// the highlight registry as the page world sees it, and messages to a tab's
// content script sent from an extension page (the only route both browsers offer).
import type { Page } from 'puppeteer-core';
import type { LaunchedBrowser } from './browsers.js';

export const HIGHLIGHT_REGISTRY = ['whosaid-named', 'whosaid-anonymous', 'whosaid-unattributed', 'whosaid-claim'] as const;
export type RegistrySizes = Record<(typeof HIGHLIGHT_REGISTRY)[number], number>;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `read` until it returns something other than undefined. */
export async function poll<T>(what: string, read: () => T | undefined | Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await read();
      if (value !== undefined) return value;
    } catch (e) {
      // A page between documents throws; try again until the deadline.
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
    await sleep(100);
  }
}

/** Sizes of the four Whosaid highlights in the page's registry (the registry is shared between worlds). */
export function registrySizes(page: Page): Promise<RegistrySizes> {
  return page.evaluate((names) => {
    const reg = (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights;
    return Object.fromEntries(names.map((n) => [n, reg?.get(n)?.size ?? 0]));
  }, [...HIGHLIGHT_REGISTRY]) as Promise<RegistrySizes>;
}

export function total(sizes: RegistrySizes): number {
  return Object.values(sizes).reduce((a, b) => a + b, 0);
}

/**
 * Opens an extension page in `tab`. Firefox never fires load for moz-extension://
 * navigations over BiDi, so both browsers navigate without waiting and poll for the document.
 */
export async function openExtensionPage(run: LaunchedBrowser, tab: Page, path: string): Promise<void> {
  const url = `${run.extensionOrigin}/${path}`;
  void tab.goto(url).catch(() => undefined);
  await poll(`${url} to open`, async () => {
    const at = await tab.evaluate(() => (document.readyState === 'loading' ? '' : location.href));
    return at === url ? true : undefined;
  });
}

type Api = {
  tabs: {
    query(q: object): Promise<Array<{ id?: number; url?: string }>>;
    getCurrent(): Promise<{ id?: number } | undefined>;
    sendMessage(id: number, m: unknown, o?: object): Promise<unknown>;
  };
  storage: { sync: { set(v: object): Promise<void>; get(k: string): Promise<Record<string, unknown>> } };
};

/**
 * The id of the tab showing `url`, asked from an extension page open in `control`.
 * Chromium hides tab URLs without the "tabs" permission, so a tab with no URL visible
 * counts too when it is the only other tab besides `control` itself.
 */
export async function tabIdOf(control: Page, url: string): Promise<number> {
  return poll(`a tab showing ${url}`, () => control.evaluate(async (u) => {
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    const api = (g.browser ?? g.chrome)!;
    const self = await api.tabs.getCurrent();
    const tabs = (await api.tabs.query({})).filter((t) => t.id !== self?.id);
    const exact = tabs.filter((t) => t.url === u);
    if (exact.length === 1) return exact[0]!.id;
    const hidden = tabs.filter((t) => t.url === undefined);
    return exact.length === 0 && tabs.length === 1 && hidden.length === 1 ? hidden[0]!.id : undefined;
  }, url));
}

/** Sends one Whosaid message to the content script of `tabId`, from an extension page. */
export function sendToTab<T>(control: Page, tabId: number, name: string, payload: object = {}): Promise<T> {
  return control.evaluate((id, n, p) => {
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    const api = (g.browser ?? g.chrome)!;
    return api.tabs.sendMessage(id, { whosaid: n, payload: p }, { frameId: 0 });
  }, tabId, name, payload) as Promise<T>;
}

/** Writes `settings` to storage.sync from an extension page (the options page's route). */
export function writeSettings(control: Page, settings: object): Promise<void> {
  return control.evaluate(async (s) => {
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    await (g.browser ?? g.chrome)!.storage.sync.set({ settings: s });
  }, settings);
}
