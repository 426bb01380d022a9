// The extension API of the always-on content script, without
// webextension-polyfill: the polyfill's start-up (wrapping each namespace)
// cost 3–5 ms of main thread on every page, more than the whole budget for
// deciding that a page is not an article. Both target browsers give MV3
// content scripts promise-returning APIs natively: Firefox as `browser`,
// Chromium as `chrome` (runtime.sendMessage, storage.*.get/set). Types come
// from the polyfill's type package only; none of its code is bundled.
import type Browser from 'webextension-polyfill';

type Runtime = Browser.Runtime.Static;

/**
 * A native onMessage listener answers through `sendResponse` and returns true
 * to keep the channel open (both browsers); returning a Promise works only
 * with the polyfill (or in Firefox), so the type refuses it.
 */
export type NativeMessageListener = (
  message: unknown,
  sender: Browser.Runtime.MessageSender,
  sendResponse: (response: unknown) => void,
) => true | undefined;

/** What the content script uses; each part behaves alike natively in both browsers. */
export interface ContentApi {
  runtime: Pick<Runtime, 'id' | 'getURL' | 'sendMessage'> & { onMessage: Browser.Events.Event<NativeMessageListener> };
  storage: Pick<Browser.Storage.Static, 'sync' | 'onChanged'>;
  i18n: Pick<Browser.I18n.Static, 'getMessage' | 'getUILanguage'>;
}

interface Globals {
  browser?: { runtime?: { id?: unknown } };
  chrome?: { runtime?: { id?: unknown } };
}

/**
 * Firefox's `browser`, else Chromium's `chrome`. A namespace counts only when
 * it has a runtime id, as in the polyfill: a page element with id="browser"
 * is a named property of window, also in the content script's world.
 */
export function findContentApi(g: Globals = globalThis as Globals): ContentApi {
  if (g.browser?.runtime?.id) return g.browser as unknown as ContentApi;
  if (g.chrome?.runtime?.id) return g.chrome as unknown as ContentApi;
  throw new Error('whosaid: no extension API in this context');
}

let found: ContentApi | null = null;

/** The API, looked up on first use. */
export function contentApi(): ContentApi {
  return (found ??= findContentApi());
}
