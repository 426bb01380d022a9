// The one place the WebExtension polyfill is imported; everything else imports `browser` from here.
import browser from 'webextension-polyfill';

export default browser;
export type { Runtime, Tabs } from 'webextension-polyfill';
