// Popup entry: the real connector and the browser's UI language.
import browser from '../browser.js';
import { createTranslator } from '../i18n.js';
import { browserConnector } from './browser-connector.js';
import { startPopup } from './app.js';

const t = createTranslator((k, s) => browser.i18n.getMessage(k, s), browser.i18n.getUILanguage());
startPopup({ connector: browserConnector(), t, doc: document });
