// Options page entry: settings in storage.sync, the browser's UI language.
import browser from '../browser.js';
import { createTranslator } from '../i18n.js';
import { loadSettings, onSettingsChanged, saveSettings } from '../settings-sync.js';
import { startOptions } from './app.js';

const t = createTranslator((k, s) => browser.i18n.getMessage(k, s), browser.i18n.getUILanguage());
async function commands() {
  const all = await browser.commands.getAll();
  return all.map((c) => ({ name: c.name ?? '', description: c.description ?? '', shortcut: c.shortcut ?? '' }));
}

startOptions(document, { load: loadSettings, save: saveSettings, watch: onSettingsChanged, commands }, t);
