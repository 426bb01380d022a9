// Settings bound to the browser: storage.sync (storage.local when sync is
// unavailable). The content script, background, popup and options page all
// read and watch settings through these three functions.
import browser from './browser.js';
import type { Settings } from '../shared/types.js';
import { readSettings, watchSettings, writeSettings } from './settings.js';
import type { ReadSettings, SettingsArea } from './settings.js';

function area(): { area: SettingsArea; name: 'sync' | 'local' } {
  // storage.sync exists in both browsers, but may be missing in some embedders.
  if (browser.storage.sync) return { area: browser.storage.sync, name: 'sync' };
  return { area: browser.storage.local, name: 'local' };
}

export function loadSettings(): Promise<ReadSettings> {
  return readSettings(area().area);
}

export function saveSettings(s: Settings): Promise<void> {
  return writeSettings(area().area, s);
}

/** Calls back on every change (from any tab or device); returns an unsubscribe. */
export function onSettingsChanged(cb: (r: ReadSettings) => void): () => void {
  return watchSettings(browser.storage.onChanged, area().name, cb);
}
