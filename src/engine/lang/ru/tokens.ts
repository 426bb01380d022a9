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

export function normalize(s: string): string {
  return s.toLowerCase().replace(/ё/g, 'е');
}

export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const body = text.slice(start, end);
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(body))) {
    const t = m[0];
    const word = /[\p{L}\p{N}]/u.test(t[0]!);
    out.push({ t, lo: normalize(t), start: start + m.index, end: start + m.index + t.length, word, cap: word && /^\p{Lu}/u.test(t) });
  }
  return out;
}

export const isDash = (t: Token | undefined) => !!t && !t.word && /^[—–-]$/.test(t.t);
export const isQuoteMark = (t: Token | undefined) => !!t && !t.word && /^[«»“”„"‘’‚‹›]$/.test(t.t);
export const isOpenQuote = (t: Token | undefined) => !!t && /^[«„‹]$/.test(t.t);
