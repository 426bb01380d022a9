// Pairs quotation marks of every style used in news: “…” ‘…’ "…" «…» „…“ ‚…‘,
// nested « „ “ », quotes running over several sentences, and multi-paragraph
// quotes (each paragraph reopens, only the last closes). Unbalanced marks
// degrade to a quote that ends at its paragraph's end.
import type { Span } from './types.js';
import type { Quote } from './lang/types.js';

const OPENERS: Record<string, string[]> = {
  '“': ['”', '“'], // “…” (English) and, when it opened nothing, a stray “
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
    if (c in OPENERS && canOpen(text, i, c)) {
      stack.push({ at: i, closers: OPENERS[c]!, width: w });
    }
    // Otherwise a stray closer or an apostrophe: ignored.
  }
  closeAll(paragraphs.length ? paragraphs[paragraphs.length - 1]!.end : text.length);
  quotes.sort((a, b) => a.open - b.open);
  return quotes;
}

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
