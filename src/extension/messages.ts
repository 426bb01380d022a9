// One typed message map for content script, background and popup: each
// message name has a request and a response type. No untyped payloads.
import browser from './browser.js';

export interface PageStatus {
  /** The content script ran on this page. */
  ready: boolean;
  url: string;
  title: string;
}

export interface MessageMap {
  /** popup → background: is the background alive? */
  ping: { request: Record<string, never>; response: { pong: true; at: number } };
  /** popup → content script of a tab: what is the page's state? */
  getStatus: { request: Record<string, never>; response: PageStatus };
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

export type Handlers = { [N in MessageName]?: (payload: Request<N>, sender: browser.Runtime.MessageSender) => Response<N> | Promise<Response<N>> };

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
