// One typed message map for content script, background and popup: each
// message name has a request and a response type. No untyped payloads.
import browser from './browser.js';
import type { AnalyzeResult, PageState } from '../shared/types.js';

export interface MessageMap {
  /** any → background: is it alive? */
  ping: { request: Record<string, never>; response: { pong: true; at: number } };
  /** content → background: run the engine on the article text. */
  analyze: {
    request: { text: string; langHint?: string };
    response: { ok: true; result: AnalyzeResult } | { ok: false; error: string };
  };
  /** content → background: the page's state changed (badge, cached tab state). */
  pageState: { request: PageState; response: { ok: true } };
  /** popup → background: the cached state of a tab (the background asks the tab if it has none). */
  getTabState: { request: { tabId: number }; response: PageState | null };
  /** popup/background → content: the page's current state. */
  getStatus: { request: Record<string, never>; response: PageState };
  /** popup/background → content: turn highlights on or off in this tab. */
  setEnabled: { request: { enabled: boolean }; response: PageState };
  /** popup → content: analyze even though the page does not look like an article. */
  runAnyway: { request: Record<string, never>; response: PageState };
  /** popup → content: scroll to an attribution and flash it. */
  focusAttribution: { request: { id: number }; response: { ok: boolean } };
  /** background → content: keyboard command, next (+1) or previous (-1) attribution. */
  step: { request: { direction: 1 | -1 }; response: { ok: boolean; id: number | null } };
}

export type MessageName = keyof MessageMap;
export type Request<N extends MessageName> = MessageMap[N]['request'];
export type Response<N extends MessageName> = MessageMap[N]['response'];
export interface Envelope<N extends MessageName = MessageName> {
  whosaid: N;
  payload: Request<N>;
}

export function isEnvelope(m: unknown): m is Envelope {
  return typeof m === 'object' && m !== null && typeof (m as { whosaid?: unknown }).whosaid === 'string';
}

/** Sends to the background. */
export function sendToBackground<N extends MessageName>(name: N, payload: Request<N>): Promise<Response<N>> {
  return browser.runtime.sendMessage({ whosaid: name, payload } satisfies Envelope<N>) as Promise<Response<N>>;
}

/** Sends to the content script of one tab (top frame). */
export function sendToTab<N extends MessageName>(tabId: number, name: N, payload: Request<N>): Promise<Response<N>> {
  return browser.tabs.sendMessage(tabId, { whosaid: name, payload } satisfies Envelope<N>, { frameId: 0 }) as Promise<Response<N>>;
}

export type Handlers = {
  [N in MessageName]?: (payload: Request<N>, sender: browser.Runtime.MessageSender) => Response<N> | Promise<Response<N>>;
};

/** Registers typed handlers; unknown or foreign messages are ignored. */
export function handleMessages(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
    if (!isEnvelope(message)) return undefined;
    // Only our own extension's pages and content scripts may talk to us.
    if (sender.id !== browser.runtime.id) return undefined;
    const handler = handlers[message.whosaid] as ((p: unknown, s: browser.Runtime.MessageSender) => unknown) | undefined;
    if (!handler) return undefined;
    return Promise.resolve(handler(message.payload, sender));
  });
}
