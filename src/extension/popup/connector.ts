// The one interface between the popup and the rest of the extension (the
// darkreader ui/connect pattern): the browser implementation sends messages;
// tests pass a fake and drive the popup alone.
import type { PageState, Settings } from '../../shared/types.js';
import type { ReadSettings } from '../settings.js';

export interface CommandInfo {
  name: string;
  description: string;
  /** Empty when the user removed the shortcut. */
  shortcut: string;
}

export interface Connector {
  /** The tab the popup is about (?tabId=N, else the active tab); null when there is none. */
  tabId(): Promise<number | null>;
  /** Is the background alive? */
  ping(): Promise<boolean>;
  /** The tab's state (from the background's cache or the content script); null where Whosaid cannot run. */
  getTabState(tabId: number): Promise<PageState | null>;
  setEnabled(tabId: number, enabled: boolean): Promise<PageState>;
  runAnyway(tabId: number): Promise<PageState>;
  focusAttribution(tabId: number, id: number): Promise<boolean>;
  /** Calls back with each new state of the tab; returns an unsubscribe. */
  subscribe(tabId: number, cb: (state: PageState) => void): () => void;
  loadSettings(): Promise<ReadSettings>;
  saveSettings(s: Settings): Promise<void>;
  commands(): Promise<CommandInfo[]>;
  openOptions(): Promise<void>;
  copyText(text: string): Promise<void>;
  download(filename: string, mime: string, text: string): Promise<void>;
}
