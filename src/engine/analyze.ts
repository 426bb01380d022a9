// analyze(text) → Analysis: segment, pair quotes, detect the language of each
// sentence, let each language module find attributions in its sentences, then
// number them and link citation chains.
import type { Analysis, AnalyzeOptions, Attribution, SentenceInfo, Span, TextSpan } from './types.js';
import { kindOfGrade } from './types.js';
import { LANGUAGES, languageModule } from './lang/index.js';
import type { Candidate, DocView, LanguageModule } from './lang/types.js';
import { paragraphs as findParagraphs, sentences as findSentences } from './segment.js';
import { pairQuotes } from './quotes.js';
import { detectLanguage, textLanguage, type Detection } from './detect.js';

export const DEFAULT_MAX_CHARS = 2_000_000;

let allAbbreviations: Set<string> | undefined;
function abbreviations(): ReadonlySet<string> {
  if (!allAbbreviations) {
    allAbbreviations = new Set();
    for (const m of LANGUAGES) for (const a of m.abbreviations) allAbbreviations.add(a);
  }
  return allAbbreviations;
}

/** The sample of a text its main language is judged on. */
const sampleOf = (text: string) => text.slice(0, 20000);

/** Builds the shared document view; `whole`: the sample's detection, when the caller has it already. */
export function buildDoc(text: string, options: AnalyzeOptions = {}, whole?: Detection): DocView {
  const paras = findParagraphs(text);
  const spans = findSentences(text, paras, abbreviations());
  const forced = options.lang && options.lang !== 'auto' ? languageModule(options.lang) : undefined;
  if (options.lang && options.lang !== 'auto' && !forced) throw new RangeError(`unknown language: ${options.lang}`);
  if (!forced) whole ??= detectLanguage(sampleOf(text), LANGUAGES, options.langHint);
  const fallback = forced?.code ?? whole?.lang ?? 'en';
  const sentences: SentenceInfo[] = spans.map((s) => {
    if (forced) return { ...s, lang: forced.code };
    const d = detectLanguage(text.slice(s.start, s.end), LANGUAGES, fallback);
    // Short or letterless sentences follow the text's main language.
    return { ...s, lang: d.lang && d.letters >= 12 ? d.lang : fallback };
  });
  return { text, sentences, paragraphs: paras, quotes: pairQuotes(text, paras) };
}

export function analyze(input: string, options: AnalyzeOptions = {}): Analysis {
  const raw = typeof input === 'string' ? input : String(input ?? '');
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const text = raw.length > maxChars ? raw.slice(0, maxChars) : raw;
  const forced = options.lang && options.lang !== 'auto';
  const whole = forced ? undefined : detectLanguage(sampleOf(text), LANGUAGES, options.langHint);
  const doc = buildDoc(text, options, whole);
  const verdict = whole ? textLanguage(sampleOf(text), LANGUAGES, options.langHint, whole) : null;
  if (verdict && !verdict.supported) {
    return { lang: verdict.lang, supported: false, langs: {}, length: text.length, attributions: [], sentences: doc.sentences, skippedChars: raw.length - text.length };
  }

  const langs: Record<string, number> = {};
  const byLang = new Map<LanguageModule, number[]>();
  doc.sentences.forEach((s, i) => {
    langs[s.lang] = (langs[s.lang] ?? 0) + (s.end - s.start);
    const m = languageModule(s.lang)!;
    let list = byLang.get(m);
    if (!list) byLang.set(m, (list = []));
    list.push(i);
  });

  const attributions: Attribution[] = [];
  for (const [module, idx] of byLang) {
    let found: Candidate[] = [];
    try {
      found = module.find(doc, idx, options.extraLexicon?.[module.code]);
    } catch (e) {
      // A module bug must not take the page down: report nothing for that language.
      if (typeof console !== 'undefined') console.error(`whosaid: ${module.code} module failed`, e);
      found = [];
    }
    const base = attributions.length;
    for (const c of found) {
      if (!valid(c, text.length)) continue;
      attributions.push(toAttribution(text, c, module.code, c.via !== undefined ? base + c.via : null));
    }
  }
  const ordered = order(attributions);
  const main = Object.entries(langs).sort((a, b) => b[1] - a[1])[0]?.[0] ?? doc.sentences[0]?.lang ?? 'en';
  return {
    lang: main,
    supported: true,
    langs,
    length: text.length,
    attributions: ordered,
    sentences: doc.sentences,
    skippedChars: raw.length - text.length,
  };
}

function valid(c: Candidate, length: number): boolean {
  const ok = (s: Span | null) => s === null || (s.start >= 0 && s.end <= length && s.start <= s.end);
  return ok(c.source) && ok(c.cue) && ok(c.content) && ok(c.anonymityReason) && c.cue.end > c.cue.start;
}

function textSpan(text: string, s: Span): TextSpan {
  return { start: s.start, end: s.end, text: text.slice(s.start, s.end) };
}

const QUOTE_PAIRS: [string, string][] = [['«', '»'], ['“', '”'], ['„', '“']];

/** A speaker cut out of running text can keep an opening mark without its close («Причал-Строй): close it. */
export function balanceQuotes(speaker: string): string {
  let out = speaker;
  for (const [open, close] of QUOTE_PAIRS) {
    const opens = out.split(open).length - 1;
    const closes = open === close ? 0 : out.split(close).length - 1;
    if (opens > closes && open !== '„') out += close.repeat(opens - closes);
  }
  return out;
}

const OPENERS = '([{', CLOSERS = ')]}';

/**
 * A claim cut out of a parenthesis keeps the bracket that closes it
 * ("(The firm says it has no plans.)"): unmatched brackets at either edge of
 * the content are dropped, with the white space next to them. Brackets inside
 * are left alone. Language-independent, so it is done once here.
 */
export function trimBrackets(text: string, span: Span): Span {
  let { start, end } = span;
  // A closer at the end with nothing open before it inside the span.
  while (end > start && CLOSERS.includes(text[end - 1]!) && openIn(text, start, end - 1) === 0) {
    end--;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
  }
  // An opener at the start that nothing after it inside the span closes.
  while (end > start && OPENERS.includes(text[start]!) && !closesFirst(text, start, end)) {
    start++;
    while (start < end && /\s/.test(text[start]!)) start++;
  }
  return end > start ? { start, end } : span;
}

/** Brackets left open in text[from, to). */
function openIn(text: string, from: number, to: number): number {
  let open = 0;
  for (let i = from; i < to; i++) {
    if (OPENERS.includes(text[i]!)) open++;
    else if (CLOSERS.includes(text[i]!) && open) open--;
  }
  return open;
}

/** Whether the bracket opened at text[at] is closed before `end`. */
function closesFirst(text: string, at: number, end: number): boolean {
  let depth = 0;
  for (let i = at; i < end; i++) {
    if (OPENERS.includes(text[i]!)) depth++;
    else if (CLOSERS.includes(text[i]!) && --depth === 0) return true;
  }
  return false;
}

function toAttribution(text: string, c: Candidate, lang: string, via: number | null): Attribution {
  const kind = kindOfGrade(c.grade);
  return {
    id: -1,
    kind,
    source: kind === 'unattributed' || !c.source ? null : textSpan(text, c.source),
    // (A source the engine could not name — an unresolved «они» — is named by its own words, as the format asks.)
    speaker: kind === 'unattributed' ? null : c.speaker === null ? (c.source ? text.slice(c.source.start, c.source.end) : null) : balanceQuotes(c.speaker),
    cue: textSpan(text, c.cue),
    content: trimBrackets(text, c.content),
    direct: c.direct,
    grade: c.grade,
    plural: c.plural,
    anonymityReason: c.anonymityReason ? textSpan(text, c.anonymityReason) : null,
    via,
    lang,
  };
}

/** Sorts by position of the cue, renumbers ids and remaps `via` links; drops exact duplicates. */
function order(list: Attribution[]): Attribution[] {
  const indexed = list.map((a, i) => ({ a, i }));
  indexed.sort((x, y) => x.a.cue.start - y.a.cue.start || (x.a.source?.start ?? -1) - (y.a.source?.start ?? -1));
  const newId = new Map<number, number>();
  const out: Attribution[] = [];
  const seen = new Map<string, number>();
  for (const { a, i } of indexed) {
    const key = `${a.source?.start}:${a.source?.end}:${a.cue.start}:${a.content.start}:${a.content.end}`;
    const dup = seen.get(key);
    if (dup !== undefined) { newId.set(i, dup); continue; }
    a.id = out.length;
    seen.set(key, a.id);
    newId.set(i, a.id);
    out.push(a);
  }
  for (const a of out) {
    a.via = a.via === null ? null : newId.get(a.via) ?? null;
    if (a.via === a.id) a.via = null;
  }
  return out;
}
