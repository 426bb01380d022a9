// Who may send what (STYLE.md practice 5): page-side messages only from our
// content scripts in tabs, privileged ones only from our own extension pages.
// handleMessages() already drops messages from other extensions (sender.id).
import type { Runtime } from './browser.js';

/** Our content script in a web page: a tab, and not one of our own pages opened in a tab. */
export function isFromContentScript(sender: Runtime.MessageSender, extensionOrigin: string): boolean {
  if (typeof sender.tab?.id !== 'number' || sender.tab.id < 0) return false;
  const url = sender.url ?? '';
  return !url.startsWith(extensionOrigin);
}

/** Our popup or options page (tests open popup.html in a tab: the URL, not the tab, decides). */
export function isFromExtensionPage(sender: Runtime.MessageSender, extensionOrigin: string): boolean {
  return (sender.url ?? '').startsWith(extensionOrigin);
}

/** The top frame of a tab (the tab's page state is about the top frame only). */
export function isTopFrame(sender: Runtime.MessageSender): boolean {
  return (sender.frameId ?? 0) === 0;
}
