// One typed message map for content script, background and popup: each
// message name has a request and a response type. No untyped payloads.
// Types and pure helpers only: both the polyfill side (messages.ts) and the
// content script's native side (content-messages.ts) import it.
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

export function envelope<N extends MessageName>(name: N, payload: Request<N>): Envelope<N> {
  return { whosaid: name, payload };
}

/**
 * A handler's failure as it travels: the wire form webextension-polyfill
 * gives a rejected answer in Chromium. The content script answers through
 * `sendResponse`, which cannot reject, so it sends this too; where no
 * polyfill unwraps it (the content script's native side; Firefox, where the
 * polyfill is the native API), our senders turn it back into a rejection.
 */
export interface ErrorReply {
  __mozWebExtensionPolyfillReject__: true;
  message: string;
}

export function errorReply(e: unknown): ErrorReply {
  return { __mozWebExtensionPolyfillReject__: true, message: e instanceof Error ? e.message : String(e) };
}

export function isErrorReply(m: unknown): m is ErrorReply {
  return typeof m === 'object' && m !== null && (m as Partial<ErrorReply>).__mozWebExtensionPolyfillReject__ === true;
}

/** A reply, or its failure as a rejection. */
export function unwrapReply<T>(reply: unknown): T {
  if (isErrorReply(reply)) throw new Error(reply.message);
  return reply as T;
}
