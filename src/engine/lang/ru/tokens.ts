// Word and punctuation tokens of one sentence, with offsets into the text.
export interface Token {
  /** As written. */
  t: string;
  /** Lower case, ё→е: the key for every lexicon lookup. */
  lo: string;
  start: number;
  end: number;
  word: boolean;
  /** Starts with a capital letter (or is an acronym). */
  cap: boolean;
}

// Words may hold inner hyphens, dots and apostrophes (Нью-Йорка, Zakon.kz, Д.Туск, O'Brien):
// the tokens of /[\p{L}\p{N}]+(?:[-.’'][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu, scanned by hand
// because the Unicode-property regex was the single largest cost of the Russian module.
const LETTER = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
const OTHER = 0;
const WORD = 1;
const BLANK = 2;
/** Class of each BMP code unit, filled on first sight (-1: not yet). */
const bmp = new Int8Array(0x10000).fill(-1);
const astral = new Map<number, number>();

function classOf(ch: string): number {
  return LETTER.test(ch) ? WORD : SPACE.test(ch) ? BLANK : OTHER;
}

/** Class of the code point at i (a surrogate pair counts as one); its width in code units is 2 when astral. */
function classAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
      let k = astral.get(cp);
      if (k === undefined) astral.set(cp, (k = classOf(String.fromCodePoint(cp))));
      return k;
    }
  }
  let k = bmp[c]!;
  if (k < 0) bmp[c] = k = classOf(String.fromCharCode(c));
  return k;
}

function widthAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** End of a run of letters and digits starting at i. */
function runEnd(s: string, i: number): number {
  const n = s.length;
  while (i < n && classAt(s, i) === WORD) i += widthAt(s, i);
  return i;
}

const JOIN = new Set(['-', '.', '’', "'"]);

export function normalize(s: string): string {
  const lo = s.toLowerCase();
  return lo.indexOf('ё') < 0 ? lo : lo.replace(/ё/g, 'е');
}

export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const body = text.slice(start, end);
  // Lower-case the sentence once; per-token slices of it are the lookup keys (when lengths agree).
  const lower = normalize(body);
  const same = lower.length === body.length;
  const n = body.length;
  let i = 0;
  while (i < n) {
    const k = classAt(body, i);
    if (k === BLANK) { i += widthAt(body, i); continue; }
    const from = i;
    if (k === WORD) {
      i = runEnd(body, i);
      while (i + 1 < n && JOIN.has(body[i]!) && classAt(body, i + 1) === WORD) i = runEnd(body, i + 1);
    } else i += widthAt(body, i);
    const t = body.slice(from, i);
    const c = t[0]!;
    // (An astral symbol is two code units long and counts as a word, as it always has.)
    const word = t.length > 1 || k === WORD;
    const lo = same ? lower.slice(from, i) : normalize(t);
    out.push({ t, lo, start: start + from, end: start + i, word, cap: word && lo[0] !== c });
  }
  return out;
}

export const isDash = (t: Token | undefined) => !!t && !t.word && /^[—–-]$/.test(t.t);
export const isQuoteMark = (t: Token | undefined) => !!t && !t.word && /^[«»“”„"‘’‚‹›]$/.test(t.t);
export const isOpenQuote = (t: Token | undefined) => !!t && /^[«„‹]$/.test(t.t);
