// The one place the WebExtension polyfill is imported: the background, popup and
// options pages import `browser` from here. The always-on content script does
// not (its start-up cost every page ~1–5 ms): it uses the native API through
// content-api.ts.
import browser from 'webextension-polyfill';

export default browser;
export type { Runtime, Tabs } from 'webextension-polyfill';
