// Loads one of our extension pages into jsdom (scripts not run) with the
// English or Russian strings.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { createTranslator, tableGetMessage } from '../../src/extension/i18n.js';
import type { Translator } from '../../src/extension/i18n.js';

const root = new URL('../../', import.meta.url);

export function messages(lang: string): Record<string, { message: string }> {
  return JSON.parse(readFileSync(new URL(`src/_locales/${lang}/messages.json`, root), 'utf8'));
}

export function translator(lang: 'en' | 'ru' = 'en'): Translator {
  return createTranslator(tableGetMessage(messages(lang)), lang);
}

export function loadPage(path: string): Document {
  const html = readFileSync(new URL(path, root), 'utf8');
  return new JSDOM(html, { url: 'chrome-extension://abc/' + path.split('/').pop() }).window.document;
}

/** Lets pending promise callbacks run. */
export const settle = () => new Promise<void>((r) => setTimeout(r, 0));
