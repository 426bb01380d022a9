// Messaging for the background, popup and options pages (through the
// polyfill). The content script has its own polyfill-free side in
// content-messages.ts; both share the one message map in message-map.ts.
import browser from './browser.js';
import { envelope, isEnvelope, unwrapReply, type MessageName, type Request, type Response } from './message-map.js';

export { isEnvelope } from './message-map.js';
export type { Envelope, MessageMap, MessageName, Request, Response } from './message-map.js';

/** Sends to the background. */
export function sendToBackground<N extends MessageName>(name: N, payload: Request<N>): Promise<Response<N>> {
  return browser.runtime.sendMessage(envelope(name, payload)) as Promise<Response<N>>;
}

/** Sends to the content script of one tab (top frame); a handler's failure there rejects here. */
export async function sendToTab<N extends MessageName>(tabId: number, name: N, payload: Request<N>): Promise<Response<N>> {
  return unwrapReply<Response<N>>(await browser.tabs.sendMessage(tabId, envelope(name, payload), { frameId: 0 }));
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
