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
  const lang = (uiLanguage || 'en').split(/[-_]/)[0]!.toLowerCase();
  const select = pluralRule(lang);
  const pct = new Intl.NumberFormat(uiLanguage || 'en', { style: 'percent', maximumFractionDigits: 0 });
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

/** True when this browser's Intl really has data for lang (some builds ship English-only ICU data). */
function intlKnows(lang: string, resolved: string): boolean {
  return resolved.split('-')[0] === lang;
}

/**
 * CLDR plural category of n. The UI languages' rules are written out here,
 * because a browser built with reduced ICU data (seen: Debian's Chromium)
 * silently answers with English rules for Russian.
 */
export function pluralRule(lang: string): (n: number) => Intl.LDMLPluralRule {
  if (lang === 'en') return (n) => (n === 1 ? 'one' : 'other');
  if (lang === 'ru') {
    return (n) => {
      if (!Number.isInteger(n)) return 'other';
      const d = Math.abs(n) % 10;
      const h = Math.abs(n) % 100;
      if (d === 1 && h !== 11) return 'one';
      if (d >= 2 && d <= 4 && (h < 12 || h > 14)) return 'few';
      return 'many';
    };
  }
  try {
    const rules = new Intl.PluralRules(lang);
    if (intlKnows(lang, rules.resolvedOptions().locale)) return (n) => rules.select(n);
  } catch { /* fall through */ }
  return (n) => (n === 1 ? 'one' : 'other');
}

/**
 * "English", "русский" … in the UI language. Our own UI strings (lang_xx) come
 * first, so the names are right even where Intl lacks the UI language's data.
 */
export function languageName(code: string, uiLang: string, t?: Translator): string {
  const base = code.toLowerCase().split(/[-_]/)[0]!;
  if (t) {
    const own = t(`lang_${base}`);
    if (own !== `lang_${base}`) return own;
  }
  try {
    const names = new Intl.DisplayNames([uiLang], { type: 'language' });
    if (intlKnows(uiLang.split(/[-_]/)[0]!, names.resolvedOptions().locale)) return names.of(base) ?? code;
  } catch { /* fall through */ }
  return code;
}
