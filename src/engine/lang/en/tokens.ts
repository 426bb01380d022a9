// Word and punctuation tokens of one English sentence, with offsets into the
// document. Clitics are split off ("Clinton’s" → "Clinton" + "’s", "they’ve"
// → "they" + "’ve") so the rules see the bare word; abbreviations keep their
// dot ("Sen.", "U.S.").
import { ABBREVIATIONS } from './lexicon/words.js';
import { ROLE_NOUNS } from './lexicon/titles.js';
import { ANONYMOUS_HEADS } from './lexicon/anonymous.js';

export interface Tok {
  text: string;
  /** Lower case, curly apostrophes as '. */
  lo: string;
  start: number;
  end: number;
  /** A word (letters or digits), not punctuation. */
  word: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
}

// (Clock times, scores and grouped numbers, "7:10", "3:1", "2,400", are one word: their colon or comma ends no phrase.)
// (A social-media handle, "@dana_travels", is one word, and a name: it names an account.)
const WORD = /(?<![\p{L}\p{N}_.])@[\p{L}\p{N}_]{2,}|[\p{L}\p{N}]+(?:[-'’.&/][\p{L}\p{N}]+|(?<=\d):\d+|(?<=\d),\d{3}(?!\d))*|\S/gu;
const CLITIC = /^(.*\p{L})(['’](?:s|ve|re|ll|d|m)|n['’]t)$/iu;

function make(text: string, start: number, end: number): Tok {
  const t = text.slice(start, end);
  const handle = /^@[\p{L}\p{N}_]{2,}$/u.test(t);
  const word = handle || /[\p{L}\p{N}]/u.test(t[0]!);
  return { text: t, lo: t.toLowerCase().replace(/’/g, "'"), start, end, word, cap: handle || /^\p{Lu}/u.test(t) };
}

export function tokenize(text: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  const body = text.slice(from, to);
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(body))) {
    let start = from + m.index;
    let end = start + m[0].length;
    const w = m[0];
    if (/[\p{L}\p{N}]/u.test(w[0]!)) {
      // Keep the dot of abbreviations and initials.
      if (text[end] === '.' && end < to) {
        const lower = (w + '.').toLowerCase();
        if (ABBREVIATIONS.has(lower) || /^\p{Lu}$/u.test(w) || w.includes('.') || /^\p{Lu}[\p{L}-]{0,5}$/u.test(w) && /[),]/.test(text[end + 1] ?? '')) {
          end++;
          WORD.lastIndex++;
        }
      }
      // "the Residents' Association", "Workers’ Union": a plural possessive inside a name, not a closing quote.
      if (/\p{Lu}/u.test(w[0]!) && /s$/.test(w) && /['’]/.test(text[end] ?? '') && end + 1 < to && /^\s\p{Lu}/u.test(text.slice(end + 1, end + 3))) {
        end++;
        WORD.lastIndex++;
      }
      // "Greenfield Motors' chief executive", "the Dodgers’ manager": a plural possessive before a role, read like "'s".
      else if (/\p{Lu}/u.test(w[0]!) && /s$/.test(w) && /['’]/.test(text[end] ?? '') && end + 1 < to && text[end + 1] === ' ') {
        const next = /^\s(\p{Ll}+)/u.exec(text.slice(end + 1, end + 30))?.[1];
        if (next && (ROLE_NOUNS.has(next) || next in ANONYMOUS_HEADS)) {
          out.push(make(text, start, end));
          out.push({ text: "'s", lo: "'s", start: end, end: end + 1, word: false, cap: false });
          WORD.lastIndex++;
          continue;
        }
      }
      // ("the parents’ lawyer", "which tracks Americans’ support": a plural possessive with no single quote open
      // before it in the sentence reads like "'s", not like a closing quote.)
      if (/s$/.test(w) && /['’]/.test(text[end] ?? '') && /^\s\p{L}/u.test(text.slice(end + 1, end + 3)) && end + 1 < to && !singleQuoteOpen(text, from, start)) {
        out.push(make(text, start, end));
        out.push({ text: "'s", lo: "'s", start: end, end: end + 1, word: false, cap: false });
        WORD.lastIndex++;
        continue;
      }
      const c = CLITIC.exec(text.slice(start, end));
      if (c && !/^o$/i.test(c[1]!)) {
        const cut = start + c[1]!.length;
        out.push(make(text, start, cut));
        start = cut;
      }
    }
    out.push(make(text, start, end));
  }
  return out;
}

/** Is a single quotation mark (‘ or ') opened between from and to and not closed there? */
function singleQuoteOpen(text: string, from: number, to: number): boolean {
  let open = false;
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (c !== '‘' && c !== '’' && c !== "'") continue;
    const before = text[i - 1] ?? ' ';
    const after = text[i + 1] ?? ' ';
    if (c === '‘' || c === "'" && !/[\p{L}\p{N}]/u.test(before) && /\p{L}/u.test(after)) open = true;
    else if (open && !/[\p{L}\p{N}]/u.test(after)) open = false;
  }
  return open;
}

/** Quotation marks of every style. */
export const QUOTE_CHARS = /^[“”‘’«»„‚"‹›']$/;
export const isQuote = (t: Tok | undefined) => !!t && !t.word && QUOTE_CHARS.test(t.text);
export const isPunct = (t: Tok | undefined) => !!t && !t.word;
