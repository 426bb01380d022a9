// UI strings: every visible string goes through _locales via t(). Plurals
// (Russian has one/few/many) use keys with a CLDR category suffix
// ("sourcesCount_one", "sourcesCount_few", …) chosen with Intl.PluralRules,
// because i18n.getMessage has no plural support.
//
// Pure: the caller passes getMessage (browser.i18n.getMessage, or a table in tests).

export type GetMessage = (key: string, substitutions?: string | string[]) => string;

export interface Translator {
  /** The message for key, with $1…$9 substituted; the key itself when missing (visible, never blank). */
  (key: string, ...subs: (string | number)[]): string;
  /** The plural form of key for n; n is also $1. */
  plural(key: string, n: number, ...subs: (string | number)[]): string;
  /** The UI language ("en", "ru", …). */
  readonly lang: string;
  /** Formats a 0..1 share as a percentage in the UI language. */
  percent(x: number): string;
}

export function createTranslator(getMessage: GetMessage, uiLanguage: string): Translator {
  // The language of the strings actually served decides plurals and number
  // formats. It can differ from getUILanguage(): seen in headless Chromium
  // started with LANGUAGE=ru, which served Russian strings but said "en-US".
  let served = '';
  try { served = getMessage('uiLang'); } catch { served = ''; }
  const lang = (served || uiLanguage || 'en').split(/[-_]/)[0]!.toLowerCase();
  const select = pluralRule(lang);
  const pct = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
  const get = (key: string, subs: (string | number)[]): string => {
    const list = subs.map(String);
    let m = '';
    try { m = getMessage(key, list.length ? list : undefined); } catch { m = ''; }
    return m || key;
  };
  const t = ((key: string, ...subs: (string | number)[]) => get(key, subs)) as Translator;
  t.plural = (key: string, n: number, ...subs: (string | number)[]) => {
    const cat = select(n);
    const m = get(`${key}_${cat}`, [n, ...subs]);
    return m === `${key}_${cat}` ? get(`${key}_other`, [n, ...subs]) : m;
  };
  Object.defineProperty(t, 'lang', { value: lang });
  t.percent = (x: number) => pct.format(Number.isFinite(x) ? x : 0);
  return t;
}

/** A getMessage over a parsed messages.json (for tests and tools), with $1…$9 substitution as browsers do it. */
export function tableGetMessage(table: Record<string, { message: string }>): GetMessage {
  return (key, substitutions) => {
    const entry = table[key];
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return entry.message.replace(/\$(\d|\$)/g, (_, d: string) => (d === '$' ? '$' : subs[Number(d) - 1] ?? ''));
  };
}

/** Fills every element with data-i18n="…" (textContent) and data-i18n-attr="attr:…,attr:…". */
export function localizeDocument(root: ParentNode, t: Translator): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n!);
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-attr]')) {
    for (const pair of el.dataset.i18nAttr!.split(',')) {
      const [attr, key] = pair.split(':').map((s) => s.trim());
      if (attr && key) el.setAttribute(attr, t(key));
    }
  }
}

/** CLDR plural category of n in lang ("one", "few", "many", "other" …). */
export function pluralRule(lang: string): (n: number) => Intl.LDMLPluralRule {
  try {
    const rules = new Intl.PluralRules(lang);
    return (n) => rules.select(n);
  } catch {
    return (n) => (n === 1 ? 'one' : 'other');
  }
}

/** "English", "русский" … in the UI language: our own strings (lang_xx) first, then Intl. */
export function languageName(code: string, uiLang: string, t?: Translator): string {
  const base = code.toLowerCase().split(/[-_]/)[0]!;
  if (t) {
    const own = t(`lang_${base}`);
    if (own !== `lang_${base}`) return own;
  }
  try {
    return new Intl.DisplayNames([uiLang], { type: 'language' }).of(base) ?? code;
  } catch { /* fall through */ }
  return code;
}
