// Language of a piece of text: the script decides first (Cyrillic vs Latin),
// function words decide between languages of one script; the caller's hint
// (the page's lang attribute) breaks ties.
import type { LanguageModule } from './lang/types.js';

export interface Detection {
  lang: string | null;
  /** Letters counted, so callers can tell a firm answer from a guess. */
  letters: number;
  /** Letters of each module's script, in the order of the modules given. */
  scripts: number[];
}

const NOT_LETTERS = /\P{L}+/gu;

/** Letters in the text (code units: an astral letter counts 2). */
function letterCount(text: string): number {
  return text.replace(NOT_LETTERS, '').length;
}

const notInScript = new WeakMap<RegExp, RegExp | null>();

/**
 * How many characters of the text match a one-character class such as a
 * module's script (/[A-Za-z]/). Deleting the rest with the negated class is
 * one native pass, several times cheaper than testing character by character
 * (the engine reads every article through here).
 */
function countClass(text: string, letter: RegExp): number {
  let negated = notInScript.get(letter);
  if (negated === undefined) {
    const src = letter.source;
    negated = /^\[[^\^][^\]]*\]$/.test(src) ? new RegExp(`[^${src.slice(1, -1)}]+`, `${letter.flags.replace('g', '')}g`) : null;
    notInScript.set(letter, negated);
  }
  if (negated) return text.replace(negated, '').length;
  return countAll(text, letter);
}

export function detectLanguage(text: string, modules: readonly LanguageModule[], hint?: string): Detection {
  const counts = modules.map((m) => countClass(text, m.script));
  const letters = letterCount(text);
  const scripts = counts;
  const best = Math.max(0, ...counts);
  const hintBase = hint?.toLowerCase().split(/[-_]/)[0];
  if (best === 0) return { lang: modules.find((m) => m.code === hintBase)?.code ?? null, letters, scripts };
  const contenders = modules.filter((_, k) => counts[k]! === best);
  if (contenders.length === 1) return { lang: contenders[0]!.code, letters, scripts };
  // Same script: count function words.
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let top: LanguageModule | null = null;
  let topScore = -1;
  for (const m of contenders) {
    let score = 0;
    for (const w of words) if (m.functionWords.has(w)) score++;
    if (m.code === hintBase) score += 0.5;
    if (score > topScore) { top = m; topScore = score; }
  }
  return { lang: top!.code, letters, scripts };
}

/** Whole-text verdict: the language, and whether a registered module reads it. */
export interface TextLanguage {
  /** A registered code when supported; else the page's hint ('fr', 'uk') or 'und'. */
  lang: string;
  supported: boolean;
}

/** Below this many letters a text is not judged (a headline, a changed paragraph): it is read as before. */
const MIN_LETTERS = 200;
/** Letter shares are only trusted over this many letters of the script. */
const MIN_SCRIPT_LETTERS_FOR_SHARES = 400;

/**
 * Whether a text is in a language some module reads. A text mostly in another
 * script (Chinese, Japanese, Greek), or in its script but not fitting any
 * module's identity (function words, letters), is not: running English rules
 * on Czech, or Russian rules on Ukrainian, finds nonsense. The hint names the
 * language then; it never overrides what the text shows.
 */
export function textLanguage(text: string, modules: readonly LanguageModule[], hint?: string, detected?: Detection): TextLanguage {
  const hintBase = hint?.toLowerCase().split(/[-_]/)[0] || undefined;
  const elsewhere = (): TextLanguage => ({ lang: hintBase && !modules.some((m) => m.code === hintBase) ? hintBase : guessByLetters(text, quick.letters), supported: false });
  const quick = detected ?? detectLanguage(text, modules, hint);
  const scriptLetters = quick.scripts;
  const best = Math.max(0, ...scriptLetters);
  // Mostly another script (Chinese, Japanese, Greek…), even when short.
  if (quick.letters >= 20 && best < quick.letters * 0.5) return elsewhere();
  if (quick.letters < MIN_LETTERS) {
    // Too short to judge by its words: a page declared in a language we do not read stays unread.
    const k = modules.findIndex((m) => m.code === quick.lang);
    if (hintBase && !modules.some((m) => m.code === hintBase) && !(k >= 0 && fits(text, modules[k]!, scriptLetters[k]!, false))) return elsewhere();
    return { lang: quick.lang ?? 'en', supported: true };
  }
  const hintOther = !!hintBase && !modules.some((m) => m.code === hintBase);
  const fitting = modules.filter((m, k) => scriptLetters[k] === best && fits(text, m, best, true, hintOther));
  if (!fitting.length) return elsewhere();
  const lang = fitting.some((m) => m.code === quick.lang) ? quick.lang! : fitting[0]!.code;
  return { lang, supported: true };
}

/** Letters that name a language we do not read, for the message only (kana before Han: Japanese writes both). */
const LETTER_GUESSES: [RegExp, number, string][] = [
  [/[\u3040-\u30ff]/g, 0.05, 'ja'],
  [/[\uac00-\ud7af]/g, 0.3, 'ko'],
  [/[\u4e00-\u9fff]/g, 0.3, 'zh'],
  [/[\u0600-\u06ff]/g, 0.3, 'ar'],
  [/[\u0590-\u05ff]/g, 0.3, 'he'],
  [/[\u0370-\u03ff]/g, 0.3, 'el'],
  [/[іїєґІЇЄҐ]/g, 0.01, 'uk'],
];

/** A guess at a language no module reads, or 'und'. */
function guessByLetters(text: string, letters: number): string {
  if (!letters) return 'und';
  for (const [re, share, code] of LETTER_GUESSES) if (countAll(text, re) / letters >= share) return code;
  return 'und';
}

/** The text shows the module's identity: enough function words, its frequent letter, none of the foreign ones. */
function fits(text: string, m: LanguageModule, letters: number, long: boolean, hintOther = false): boolean {
  const id = m.identity;
  const words = (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => m.script.test(w[0]!));
  if (!words.length) return false;
  let fn = 0;
  for (const w of words) if (m.functionWords.has(w)) fn++;
  if (fn / words.length < id.minFunctionShare) return false;
  if (id.foreign && letters >= 50 && countAll(text, id.foreign.letters) / letters > id.foreign.maxShare) return false;
  if (long && id.frequent) {
    const share = countAll(text, id.frequent.letters) / letters;
    if (letters >= MIN_SCRIPT_LETTERS_FOR_SHARES && share < id.frequent.minShare) return false;
    // Fewer letters: their absence is weak evidence, enough when the page says it is in another language.
    if (hintOther && share === 0) return false;
  }
  return true;
}

function countAll(text: string, letters: RegExp): number {
  const re = letters.global ? letters : new RegExp(letters.source, `${letters.flags}g`);
  re.lastIndex = 0;
  return text.match(re)?.length ?? 0;
}
