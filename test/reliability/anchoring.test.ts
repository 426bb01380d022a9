// Property: text offsets → DOM ranges → text gives back exactly the text, on
// random DOM trees and random spans (issue 6, "Anchoring").
//
// Three oracles per span, from weakest to strongest tie to the model's rules:
//  1. offsets: the range maps back (offsetOf) to the span, its ends moved
//     inward past inserted separators ("\n", which map to no node);
//  2. characters: the visible text nodes inside the range, read straight from
//     the DOM, hold exactly the span's non-whitespace characters (found with
//     no help from the model's code);
//  3. rendering: the range's contents, cloned and read by the text model
//     (its paragraph-furniture rules off: a piece of a paragraph is no
//     paragraph), give exactly the span's text (whitespace and separators
//     included), trimmed at its two ends.
// A failure prints the seed of its tree; WHOSAID_SEED=<seed> WHOSAID_FUZZ_CASES=1 replays it (see README.md).
import assert from 'node:assert/strict';
import { JSDOM, VirtualConsole } from 'jsdom';
import { TextModel, type RangeInit, type Span } from '../../src/page/text-model.js';
import { baseSeed, caseCount, rng, type Rng } from './prng.js';
import { isHiddenText, randomTree } from './random-dom.js';

const TREES = caseCount(1250);
const SPANS_PER_TREE = 8;
const BASE = baseSeed(0x5eed_0006);

const noSpace = (s: string) => s.replace(/\s+/g, '');

function randomSpans(r: Rng, text: string, n: number): Span[] {
  const len = text.length;
  const out: Span[] = [];
  for (let i = 0; i < n; i++) {
    let a = r.int(0, len), b = r.int(0, len);
    if (r.chance(0.5)) b = Math.min(len, a + r.int(0, 12)); // short spans, the usual highlight
    if (a > b) [a, b] = [b, a];
    out.push({ start: a, end: b });
  }
  if (len) out.push({ start: 0, end: len });
  return out;
}

/** The span with its ends moved inward past separators (text with no node). */
function inward(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && text[start] === '\n') start++;
  while (end > start && text[end - 1] === '\n') end--;
  return { start, end };
}

/** Characters of visible text nodes inside a range, straight from the DOM. */
function visibleText(doc: Document, root: Element, hidden: Set<Element>, r: RangeInit): string {
  const live = doc.createRange();
  live.setStart(r.startContainer, r.startOffset);
  live.setEnd(r.endContainer, r.endOffset);
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  let out = '';
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (isHiddenText(n, root, hidden) || !live.intersectsNode(n)) continue;
    const from = n === r.startContainer ? r.startOffset : 0;
    const to = n === r.endContainer ? r.endOffset : n.length;
    out += n.data.slice(from, to);
  }
  return out;
}

/** The range's contents as the text model reads them. */
function renderedText(doc: Document, r: RangeInit): string {
  const live = doc.createRange();
  live.setStart(r.startContainer, r.startOffset);
  live.setEnd(r.endContainer, r.endOffset);
  const box = doc.createElement('div');
  box.appendChild(live.cloneContents());
  // (Furniture rules off: they judge whole paragraphs, and a cut-out "5 m" alone reads as a counter.)
  return TextModel.build([box], { furniture: false }).text;
}

/** Is `a` what is left of `b` after deleting some of its characters? */
function subsequence(a: string, b: string): boolean {
  let i = 0;
  for (let j = 0; i < a.length && j < b.length; j++) if (a[i] === b[j]) i++;
  return i === a.length;
}

function checkTree(doc: Document, seed: number): number {
  const r = rng(seed);
  const { root, hidden } = randomTree(doc, r);
  doc.body.replaceChildren(root);
  const model = TextModel.build([root]);
  const text = model.text;
  // Nothing lost, nothing added: every visible non-space character, in order — with the furniture rules off, as they
  // drop a headline's kicker, labels and credits by design; with them on, nothing added and the order kept.
  let all = '';
  const walker = doc.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!isHiddenText(n, root, hidden)) all += (n as Text).data;
  assert.equal(noSpace(TextModel.build([root], { furniture: false }).text), noSpace(all), 'model text = visible text');
  assert.ok(subsequence(noSpace(text), noSpace(all)), 'with furniture rules: only whole pieces dropped, nothing added or moved');
  assert.doesNotMatch(text, /^\s|\s$|[^\S \n]|  |\n{3}| \n|\n /, 'whitespace collapsed, separators clean');

  // Every DOM position maps to an offset, in document order (hidden text to none).
  let last = 0;
  const inModel = new Set(model.nodes());
  const positions = doc.createTreeWalker(root, 4);
  for (let n = positions.nextNode() as Text | null; n; n = positions.nextNode() as Text | null) {
    if (!inModel.has(n)) {
      if (isHiddenText(n, root, hidden)) assert.equal(model.offsetOf(n, 0), null, 'hidden text maps to no offset');
      continue;
    }
    for (let o = 0; o <= n.length; o++) {
      const at = model.offsetOf(n, o);
      assert.ok(at !== null && at >= last && at <= text.length, `position ${o} of ${JSON.stringify(n.data)}: offset ${at} after ${last}`);
      last = at;
    }
  }

  const spans = randomSpans(r, text, SPANS_PER_TREE);
  const ranges = model.toRanges(spans);
  spans.forEach((span, i) => {
    const want = inward(text, span);
    const range = ranges[i]!;
    const where = `span [${span.start}, ${span.end}) of ${JSON.stringify(text)}`;
    if (want.start === want.end) { assert.equal(range, null, `${where}: no text, no range`); return; }
    assert.ok(range, `${where}: a range`);
    assert.equal(range.startContainer.nodeType, 3, 'ranges start in text nodes');
    assert.ok(range.startOffset <= (range.startContainer as Text).length && range.endOffset <= (range.endContainer as Text).length, `${where}: offsets inside their nodes`);
    // 1. offsets round-trip
    assert.deepEqual({ start: model.offsetOf(range.startContainer, range.startOffset), end: model.offsetOf(range.endContainer, range.endOffset) }, want, `${where}: offsets back`);
    // 2. exact characters
    assert.equal(noSpace(visibleText(doc, root, hidden, range)), noSpace(text.slice(want.start, want.end)), `${where}: characters`);
    // 3. exact rendered text
    assert.equal(renderedText(doc, range), text.slice(want.start, want.end).trim(), `${where}: rendered`);
  });
  // A character limit cuts the text, never drops a whole node that straddles it: the
  // limited text is a prefix of the full one, at most a separator and half a surrogate pair short.
  // (Furniture rules off: a headline's kicker dropped once the headline is met may be all the text there is, while
  // a limit reached before the headline has already said it cut.)
  const max = r.int(0, text.length);
  const whole = TextModel.build([root], { furniture: false }).text;
  const cut = TextModel.build([root], { maxChars: max, furniture: false });
  assert.ok(whole.startsWith(cut.text), `maxChars ${max}: a prefix`);
  assert.ok(cut.text.length <= max && cut.text.length >= Math.min(max, whole.length) - 3, `maxChars ${max}: got ${cut.text.length} chars of ${JSON.stringify(whole)}`);
  assert.equal(cut.skipped.some((x) => x.includes('beyond')), cut.text.length < whole.length, 'says when it cut');
  // One pass for all spans resolves each the same as one at a time.
  const one = spans.map((s) => model.toRanges([s])[0]);
  assert.deepEqual(ranges, one, 'batch = one by one');
  return spans.length;
}

const fresh = () => new JSDOM('<!doctype html><html><body></body></html>', { virtualConsole: new VirtualConsole() }).window;

describe('reliability: anchoring (random DOM trees, random spans)', function () {
  this.timeout(120_000);

  it(`offsets → ranges → text gives back the text (${TREES} trees, seed ${BASE})`, () => {
    let window = fresh();
    let cases = 0;
    const t0 = performance.now();
    for (let t = 0; t < TREES; t++) {
      // jsdom keeps every Range it made until GC: a fresh document now and then keeps each case cheap.
      if (t % 100 === 99) { window.close(); window = fresh(); }
      const doc = window.document;
      const seed = (BASE + t) >>> 0;
      if (process.env.WHOSAID_FUZZ_TRACE) process.stderr.write(`${seed}\n`);
      try {
        cases += checkTree(doc, seed);
      } catch (e) {
        if (e instanceof Error) e.message = `[anchoring seed ${seed}: WHOSAID_SEED=${seed} WHOSAID_FUZZ_CASES=1] ${e.message}`;
        throw e;
      }
    }
    window.close();
    console.log(`      anchoring: ${cases} spans on ${TREES} random trees in ${Math.round(performance.now() - t0)} ms (seed ${BASE})`);
    assert.ok(cases >= 10_000 || TREES < 1250, `at least 10,000 cases (got ${cases})`);
  });
});
