// Pairs quotation marks of every style used in news: “…” ‘…’ "…" «…» „…“ ‚…‘,
// nested « „ “ », quotes running over several sentences, and multi-paragraph
// quotes (each paragraph reopens, only the last closes). Unbalanced marks
// degrade to a quote that ends at its paragraph's end.
import type { Span } from './types.js';
import type { Quote } from './lang/types.js';

const OPENERS: Record<string, string[]> = {
  '“': ['”', '“', '"'], // “…” (English) and, when it opened nothing, a stray “; “…" when a page mixes styles
  '‘': ['’'],
  '«': ['»'],
  '„': ['“', '”'], // „…“ (Russian/German inner), also seen „…”
  '‚': ['‘', '’'],
  '"': ['"'],
  '‹': ['›'],
  // Typewriter doubles: ``…'' (LaTeX, PTB) and ''…'' (older wire copy).
  '``': ["''"],
  "''": ["''"],
};

const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpaceOrStart = (c: string | undefined) => c === undefined || /[\s(\[{—–\-/]/.test(c);

/** Can the mark at i open a quote (by its neighbours)? */
function canOpen(text: string, i: number, c: string = text[i]!): boolean {
  const prev = text[i - 1];
  const next = text[i + c.length];
  if (c === '"' || c === '‘' || c === '‚' || c === "''") {
    if (next === undefined || /\s/.test(next)) return false;
    return isSpaceOrStart(prev) || /[«„“"'‘(:]/.test(prev ?? '');
  }
  return next !== undefined && !/\s/.test(next) || c === '«' || c === '„';
}

function canClose(text: string, i: number, c: string = text[i]!): boolean {
  const prev = text[i - 1];
  const next = text[i + c.length];
  if (c === '’') return !isLetter(next) && prev !== undefined && !/\s/.test(prev); // not an apostrophe
  if (c === '"' || c === "''") return prev !== undefined && !/\s/.test(prev) || !isLetter(next);
  return true;
}

export function pairQuotes(text: string, paragraphs: Span[]): Quote[] {
  const quotes: Quote[] = [];
  // Open marks: position and the closers that end them.
  const stack: { at: number; closers: string[]; width: number }[] = [];
  let pi = 0;
  const closeAll = (end: number) => {
    while (stack.length) {
      const o = stack.pop()!;
      quotes.push({ open: o.at, close: null, content: { start: o.at + o.width, end }, depth: stack.length });
    }
  };
  const marks = /``|''|[“”‘’«»„‚"‹›\n]/g;
  let m: RegExpExecArray | null;
  let paraEnd = paragraphs[0]?.end ?? text.length;
  while ((m = marks.exec(text))) {
    const i = m.index;
    const c = m[0];
    if (c === '\n' || i >= paraEnd) {
      // Paragraph boundary: a quote may run on only if the next paragraph reopens it.
      while (pi < paragraphs.length && paragraphs[pi]!.end <= i) pi++;
      paraEnd = paragraphs[pi]?.end ?? text.length;
      const nextPara = paragraphs[pi];
      if (stack.length && nextPara) {
        const first = text[nextPara.start];
        const top = stack[stack.length - 1]!;
        if (first !== undefined && first in OPENERS && OPENERS[first]!.includes(top.closers[0]!) && stack.length === 1) {
          // Multi-paragraph quote: end this part at the paragraph end; the next opener starts a new one.
          const prevEnd = lastParagraphEndBefore(paragraphs, nextPara.start);
          const o = stack.pop()!;
          quotes.push({ open: o.at, close: null, content: { start: o.at + o.width, end: prevEnd }, depth: 0 });
        } else {
          closeAll(lastParagraphEndBefore(paragraphs, nextPara.start));
        }
      } else if (stack.length) {
        closeAll(text.length);
      }
      if (c === '\n') continue;
    }
    // Try to close the innermost open quote first.
    const w = c.length;
    const top = stack[stack.length - 1];
    if (top && top.closers.includes(c) && canClose(text, i, c)) {
      // A straight " that could open a nested quote inside “…” is rare; close.
      stack.pop();
      quotes.push({ open: top.at, close: i, closeEnd: i + w, content: { start: top.at + top.width, end: i }, depth: stack.length });
      continue;
    }
    // Closing an outer quote while inner ones are open: close the inner ones at the same point.
    const outer = findOuter(stack, c);
    if (outer >= 0 && canClose(text, i, c) && !(c in OPENERS && canOpen(text, i, c) && !/[\s.,;:!?]/.test(text[i + w] ?? ' '))) {
      while (stack.length > outer + 1) {
        const o = stack.pop()!;
        quotes.push({ open: o.at, close: null, content: { start: o.at + o.width, end: i }, depth: stack.length });
      }
      const o = stack.pop()!;
      quotes.push({ open: o.at, close: i, closeEnd: i + w, content: { start: o.at + o.width, end: i }, depth: stack.length });
      continue;
    }
    // Real nesting is two or three deep; a cap keeps runs of stray openers linear.
    if (c in OPENERS && canOpen(text, i, c) && stack.length < MAX_DEPTH) {
      stack.push({ at: i, closers: OPENERS[c]!, width: w });
    }
    // Otherwise a stray closer or an apostrophe: ignored.
  }
  closeAll(paragraphs.length ? paragraphs[paragraphs.length - 1]!.end : text.length);
  dialogueDashes(text, paragraphs, quotes);
  quotes.sort((a, b) => a.open - b.open);
  return quotes;
}

/**
 * Dialogue dashes, the way Russian (and some English) prose writes direct
 * speech without quotation marks: a paragraph "— Мы готовы, — сказал он. —
 * Начнём завтра." holds two quoted parts; the author's words between the
 * dashes are not quoted. Only paragraphs with no quotation marks of their own.
 */
function dialogueDashes(text: string, paragraphs: Span[], quotes: Quote[]): void {
  let qi = 0;
  const sorted = [...quotes].sort((a, b) => a.open - b.open);
  for (const p of paragraphs) {
    if (!/^[—–]\s/.test(text.slice(p.start, p.start + 2))) continue;
    while (qi < sorted.length && sorted[qi]!.open < p.start) qi++;
    if (qi < sorted.length && sorted[qi]!.open < p.end) continue;
    const body = text.slice(p.start, p.end);
    // Author's words: ", — сказал он." / "? — спросила она," / "! – writes the paper."
    const author = /([,.!?…])\s+[—–]\s+(?=\p{Ll})/gu;
    let open = p.start;
    let m: RegExpExecArray | null;
    let from = 0;
    while ((m = author.exec(body))) {
      if (m.index < from) continue;
      const dash = p.start + m.index + m[0].search(/[—–]/);
      const end = p.start + m.index + (m[1] === ',' ? 0 : 1);
      quotes.push({ open, close: dash, closeEnd: dash + 1, content: { start: open + 2, end }, depth: 0 });
      // The speech may resume after the author's words: "… сказал он. — Начнём завтра."
      const rest = /[.,:]\s+[—–]\s+(?=\p{Lu})/u.exec(body.slice(m.index + m[0].length));
      if (!rest) { open = -1; break; }
      open = p.start + m.index + m[0].length + rest.index + rest[0].search(/[—–]/);
      from = open - p.start;
      author.lastIndex = from;
    }
    if (open >= 0) quotes.push({ open, close: null, content: { start: open + 2, end: p.end }, depth: 0 });
  }
}

/** Deepest nesting kept; further openers are ignored as strays. */
const MAX_DEPTH = 12;

function findOuter(stack: { closers: string[] }[], c: string): number {
  for (let k = stack.length - 2; k >= 0; k--) if (stack[k]!.closers.includes(c)) return k;
  return -1;
}

function lastParagraphEndBefore(paragraphs: Span[], pos: number): number {
  let end = 0;
  for (const p of paragraphs) {
    if (p.end <= pos) end = p.end;
    else break;
  }
  return end;
}
