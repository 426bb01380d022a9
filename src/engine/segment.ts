// Paragraphs and sentences. Intl.Segmenter does the sentence breaking (it is
// in Node and both browsers) but does not know news abbreviations and
// initials ("Mr.", "U.S.", "г.", "В. Путин"), so its breaks after them are
// merged back.
import type { Span } from './types.js';

/** Longest sentence handed to the language modules; longer runs are cut at a space so work stays bounded. */
export const MAX_SENTENCE = 2000;

let sentenceSegmenter: Intl.Segmenter | undefined;
function segmenter(): Intl.Segmenter {
  return (sentenceSegmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' }));
}

/** Paragraphs: runs of text between line breaks, trimmed of white space. */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n\r\u2028\u2029]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const span = trim(text, m.index, m.index + m[0].length);
    if (span.end > span.start) out.push(span);
  }
  return out;
}

export function trim(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

const INITIAL = /^(?:\p{Lu}|Дж|Ш|Ч)\.$/u;
const DOTTED = /^(?:\p{L}{1,3}\.){2,}$/u; // U.S., т.е., и.о.

/** First words of a country's institutions, as they follow "U.S." / "U.K." / "U.N." in news copy. */
const NATIONAL_BODY = /^(?:Army|Navy|Air Force|Marines?|Coast Guard|Space Force|National Guard|Senate|House|Congress|Capitol|Supreme Court|District Court|Court|Department|State Department|Justice Department|Treasury|Embassy|Consulate|Mission|Ambassador|Attorney|Secretary|Consumer|Food|Federal|Securities|Environmental|Centers|Census|Geological|Postal|Border|Customs|Immigration|Trade|Commerce|Energy|Agriculture|Defense|Defence|Foreign Office|Home Office|Ministry|Government|Parliament|Security Council|General Assembly|Human Rights|High Commissioner|Secretary-General|Special Envoy|Envoy|Forces|Central Command|Olympic|Open|Chamber|Office|Agency|Bureau|Commission|Council|Institute|Intelligence)\b/;

/** Abbreviations that only stand before a number ("No. 5", "Vol. 3", "p. 12"): elsewhere "no." ends a sentence. */
const BEFORE_NUMBER = /^(?:no|nos|vol|vols|p|pp|fig|figs|art|ch|sec|par|para|nr|№|стр|рис|гл|ст|п)\.$/i;
const CLOCK = /^[ap]\.m\.$/i;
const AFTER_CLOCK = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|ET|EST|EDT|CT|CST|CDT|MT|PT|PST|PDT|GMT|UTC|BST|CET|local)\b/;

/** True when a sentence break right after `token` (which ends in '.') is probably wrong. */
function isNonFinal(token: string, next: string, abbreviations: ReadonlySet<string>): boolean {
  const core = token.replace(/^[(\[«“"„‘']+/, '');
  const lower = core.toLowerCase();
  if (BEFORE_NUMBER.test(lower)) return /^\d/.test(next);
  if (CLOCK.test(lower)) return AFTER_CLOCK.test(next) || /^[\p{Ll}\d]/u.test(next);
  if (/^\d/.test(next) && core.length <= 5 && /^\p{L}+\.$/u.test(core) && abbreviations.has(lower)) return true;
  if (abbreviations.has(lower)) return true;
  if (INITIAL.test(core)) return true;
  // "U.S. officials" but not "… in the U.S. He said": before a lower-case word,
  // or a capitalized word that names a body of that country ("the U.S. Consumer
  // Product Safety Commission", "the U.K. Foreign Office"): a split there cut
  // the speaker in two.
  if (DOTTED.test(core)) return /^[\p{Ll}\d]/u.test(next) || (lower.length <= 4 && NATIONAL_BODY.test(next));
  // A lower-case next word rarely starts a sentence.
  return /^\p{Ll}/u.test(next) && !/^[«“"„]/.test(next);
}

/**
 * “Is it over?” she asked. / «Что?» — спросил он. — a break after a quoted
 * question or exclamation is wrong when the next word is a lower-case cue.
 */
function continuesQuote(lastToken: string, next: string): boolean {
  if (!/[?!…,][”"’»]+$/.test(lastToken)) return false;
  return /^(?:[—–-]\s*)?\p{Ll}/u.test(next);
}

/**
 * Sentences of the text, in order, trimmed; never crossing a paragraph break.
 * Abbreviations are the union of all language modules' lists.
 */
export function sentences(text: string, paras: Span[], abbreviations: ReadonlySet<string>): Span[] {
  const out: Span[] = [];
  const seg = segmenter();
  for (const p of paras) {
    const body = text.slice(p.start, p.end);
    let pending: Span | null = null;
    for (const s of seg.segment(body)) {
      const span = trim(text, p.start + s.index, p.start + s.index + s.segment.length);
      if (span.end <= span.start) continue;
      if (pending) {
        const prevText = text.slice(pending.start, pending.end);
        const lastToken = /\S+$/.exec(prevText)?.[0] ?? '';
        const nextWord = text.slice(span.start, Math.min(span.end, span.start + 40));
        if (lastToken.endsWith('.') && isNonFinal(lastToken, nextWord, abbreviations) || continuesQuote(lastToken, nextWord)) {
          pending = { start: pending.start, end: span.end };
          continue;
        }
        pushBounded(text, pending, out);
      }
      pending = span;
    }
    if (pending) pushBounded(text, pending, out);
  }
  return out;
}

/** Cuts over-long sentences (no punctuation, pasted data) at white space. */
function pushBounded(text: string, span: Span, out: Span[]): void {
  let start = span.start;
  while (span.end - start > MAX_SENTENCE) {
    let cut = text.lastIndexOf(' ', start + MAX_SENTENCE);
    if (cut <= start) cut = start + MAX_SENTENCE;
    const piece = trim(text, start, cut);
    if (piece.end > piece.start) out.push(piece);
    start = cut;
  }
  const rest = trim(text, start, span.end);
  if (rest.end > rest.start) out.push(rest);
}
