// The content script's side of messaging, on the native API (content-api.ts):
// send to the background, and answer the popup and background. Same message
// map as messages.ts, which serves the polyfill-based pages.
import { contentApi, type ContentApi, type NativeMessageListener } from './content-api.js';
import { envelope, errorReply, isEnvelope, unwrapReply, type MessageName, type Request, type Response } from './message-map.js';

/** Sends to the background; its handler's failure (an ErrorReply in Chromium) rejects here. */
export async function sendToBackground<N extends MessageName>(name: N, payload: Request<N>, api: ContentApi = contentApi()): Promise<Response<N>> {
  return unwrapReply<Response<N>>(await api.runtime.sendMessage(envelope(name, payload)));
}

/** What the content script answers: popup/background → content messages. */
export type ContentHandlers = {
  [N in MessageName]?: (payload: Request<N>) => Response<N> | Promise<Response<N>>;
};

/**
 * Registers typed handlers. Answers go through `sendResponse` with `return
 * true` (a returned Promise is polyfill-only); a handler's failure is sent
 * as an ErrorReply, which sendToTab turns back into a rejection. Unknown or
 * foreign messages get no answer.
 */
export function handleContentMessages(handlers: ContentHandlers, api: ContentApi = contentApi()): NativeMessageListener {
  const listener: NativeMessageListener = (message, sender, sendResponse) => {
    if (!isEnvelope(message)) return undefined;
    // Only our own extension's pages and background may talk to us.
    if (sender.id !== api.runtime.id) return undefined;
    const handler = handlers[message.whosaid] as ((p: unknown) => unknown) | undefined;
    if (!handler) return undefined;
    new Promise((resolve) => resolve(handler(message.payload))).then(
      (r) => sendResponse(r),
      (e: unknown) => sendResponse(errorReply(e)),
    );
    return true;
  };
  api.runtime.onMessage.addListener(listener);
  return listener;
}
