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

// Words may hold inner hyphens, dots and apostrophes (Нью-Йорка, Zakon.kz, Д.Туск, O'Brien).
const TOKEN = /[\p{L}\p{N}]+(?:[-.’'][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

const LETTER = /[\p{L}\p{N}]/u;

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
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(body))) {
    const t = m[0];
    const c = t[0]!;
    const word = t.length > 1 || LETTER.test(c);
    const lo = same ? lower.slice(m.index, m.index + t.length) : normalize(t);
    out.push({ t, lo, start: start + m.index, end: start + m.index + t.length, word, cap: word && lo[0] !== c });
  }
  return out;
}

export const isDash = (t: Token | undefined) => !!t && !t.word && /^[—–-]$/.test(t.t);
export const isQuoteMark = (t: Token | undefined) => !!t && !t.word && /^[«»“”„"‘’‚‹›]$/.test(t.t);
export const isOpenQuote = (t: Token | undefined) => !!t && /^[«„‹]$/.test(t.t);
