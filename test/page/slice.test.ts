// Time-slicing (slice.ts) and the page layer run in slices: same results as in
// one go, a turned-off session stops between slices and leaves the page as it
// was, and a page that changes between slices ends highlighted as it now is.
import assert from 'node:assert/strict';
import { Slicer, runSteps, type Steps } from '../../src/page/slice.js';
import { TextModel } from '../../src/page/text-model.js';
import { mainContent, mainContentSteps } from '../../src/page/main-content.js';
import { PageController } from '../../src/page/controller.js';
import { HIGHLIGHT_NAMES } from '../../src/page/highlight-style.js';
import type { AnalyzeResult } from '../../src/shared/types.js';
import { engineAnalyze, installHighlights, page, rangeText, tick } from './dom.js';

const HEAD = '<meta property="og:type" content="article"><title>Harbour works</title>';

/** An article long enough to need many slices with a small budget. */
function article(paragraphs: number): string {
  const ps = Array.from({ length: paragraphs }, (_, i) => i % 3 === 0
    ? `<p>Officials familiar with the plan said section ${i} would cost more, and the work would take longer.</p>`
    : i % 3 === 1
      ? `<p>"We will reopen pier ${i} before the summer," Maren Holt said on Monday, standing at the gate.</p>`
      : `<p>The repairs to berth ${i} reportedly ran two weeks late, with <em>three</em> cranes idle.</p>`).join('\n');
  return `<nav><a href="/">Home</a></nav><article><h1>Harbour works</h1>${ps}</article><footer>© Example</footer>`;
}

function* counter(n: number, log: number[]): Steps<number> {
  for (let i = 0; i < n; i++) { log.push(i); yield; }
  return n;
}

describe('time-slicing', () => {
  it('runs steps in slices to the same result, pausing only when a slice is due', async () => {
    const log: number[] = [];
    const slices: number[] = [];
    const sl = new Slicer(globalThis as never, { budget: 0, onSlice: (ms) => slices.push(ms) });
    assert.equal(await sl.run(counter(5, log)), 5);
    assert.deepEqual(log, [0, 1, 2, 3, 4]);
    assert.equal(sl.pauses, 5, 'a zero budget pauses after every step');
    assert.equal(slices.length, 5);
    const roomy = new Slicer(globalThis as never, { budget: 10_000 });
    assert.equal(await roomy.run(counter(1000, [])), 1000);
    assert.equal(roomy.pauses, 0, 'a large budget runs in one slice');
  });

  it('stops at the next pause once aborted, without running another step', async () => {
    const ac = new AbortController();
    const log: number[] = [];
    const sl = new Slicer(globalThis as never, { budget: 0, signal: ac.signal });
    const run = sl.run(counter(100, log));
    await tick(0);
    ac.abort();
    await assert.rejects(run, { name: 'AbortError' });
    const seen = log.length;
    await tick(5);
    assert.equal(log.length, seen);
    assert.ok(seen < 100);
  });

  it('builds the same text model and ranges in slices as in one go', async () => {
    const dom = page(article(60), HEAD);
    try {
      const doc = dom.window.document;
      const whole = TextModel.build(mainContent(doc));
      const sl = new Slicer(dom.window as never, { budget: 0 });
      const roots = await sl.run(mainContentSteps(doc));
      const sliced = await sl.run(TextModel.buildSteps(roots));
      assert.ok(sl.pauses > 10, 'many slices: a pause every few paragraphs');
      assert.equal(sliced.text, whole.text);
      assert.deepEqual(sliced.paragraphs, whole.paragraphs);
      const spans = whole.paragraphs.map((p) => ({ start: p.start + 4, end: p.end - 1 }));
      const a = whole.toRanges(spans);
      const b = await sl.run(sliced.toRangeSteps(spans));
      assert.deepEqual(b.map((r) => r && rangeText(doc, r)), a.map((r) => r && rangeText(doc, r)));
      spans.forEach((s, i) => assert.equal(rangeText(doc, a[i]!).replace(/\s+/g, ' '), whole.text.slice(s.start, s.end)));
      assert.equal(runSteps(whole.toRangeSteps([])).length, 0);
    } finally {
      dom.window.close();
    }
  });
});

describe('page controller in slices', () => {
  const open: { close(): void }[] = [];
  afterEach(() => { for (const w of open.splice(0)) w.close(); });

  function setup(paragraphs: number) {
    const dom = page(article(paragraphs), HEAD);
    open.push(dom.window);
    const registry = installHighlights(dom.window);
    const calls: string[] = [];
    const analyze = async (text: string, hint?: string): Promise<AnalyzeResult> => { calls.push(text); return engineAnalyze(text, hint); };
    const c = new PageController(dom.window.document, { analyze, minInterval: 5, sliceBudget: 0 });
    return { dom, doc: dom.window.document, registry, calls, c };
  }

  it('highlights a page in many slices exactly as in one', async () => {
    const { doc, registry, c } = setup(30);
    const s = await c.start();
    assert.equal(s.state, 'done');
    const named = [...registry.get(HIGHLIGHT_NAMES.named)!].map((r) => rangeText(doc, r as StaticRange));
    assert.ok(named.filter((t) => t === 'Maren Holt').length >= 10, JSON.stringify(named.slice(0, 5)));
    assert.ok(registry.get(HIGHLIGHT_NAMES.anonymous)!.size >= 10);
    assert.ok(registry.get(HIGHLIGHT_NAMES.unattributed)!.size >= 10);
    assert.ok(c.timings.builds === 1);
    c.destroy();
  });

  it('turned off between slices: stops, and the page is exactly as before', async () => {
    const { doc, registry, calls, c } = setup(40);
    const before = doc.documentElement.outerHTML;
    const started = c.start();
    await tick(0); // a few slices into finding the content
    const off = await c.setEnabled(false);
    await started;
    await tick(20);
    assert.equal(off.state, 'off');
    assert.equal(calls.length, 0, 'stopped before the text was sent');
    assert.equal(registry.size, 0);
    assert.equal(doc.documentElement.outerHTML, before);
    assert.equal(c.state.state, 'off');
  });

  it('turned off while painting: no highlight is left', async () => {
    const { doc, registry, c } = setup(40);
    const before = doc.documentElement.outerHTML;
    // Off as soon as the engine has answered: the paint is then in its first slices.
    const analyze = (c as unknown as { o: { analyze: (t: string, h?: string) => Promise<AnalyzeResult> } }).o;
    const inner = analyze.analyze;
    analyze.analyze = async (t, h) => {
      const r = await inner(t, h);
      setTimeout(() => { void c.setEnabled(false); }, 0);
      return r;
    };
    await c.start();
    await tick(20);
    assert.equal(registry.size, 0);
    assert.equal(c.state.state, 'off');
    assert.equal(doc.documentElement.outerHTML, before);
  });

  it('a paragraph added after the text was read (engine working, paint in slices) is analyzed next', async () => {
    const { doc, registry, calls, c } = setup(30);
    const o = (c as unknown as { o: { analyze: (t: string, h?: string) => Promise<AnalyzeResult> } }).o;
    const inner = o.analyze;
    o.analyze = async (t, h) => {
      if (calls.length === 0) {
        const p = doc.createElement('p');
        p.textContent = 'Officials familiar with the talks said a deal on the ferry was close.';
        doc.querySelector('article')!.prepend(p);
      }
      return inner(t, h);
    };
    await c.start();
    assert.doesNotMatch(calls[0]!, /ferry/, 'the first text was read before the change');
    for (let i = 0; i < 200 && !(calls.length > 1 && c.state.state === 'done'); i++) await tick(10);
    assert.equal(calls.length, 2);
    assert.match(calls[1]!, /^Officials familiar with the talks said a deal on the ferry was close\.$/, 'only the new paragraph');
    const anonymous = [...registry.get(HIGHLIGHT_NAMES.anonymous)!].map((r) => rangeText(doc, r as StaticRange));
    assert.ok(anonymous.includes('Officials familiar with the talks'), JSON.stringify(anonymous.slice(0, 3)));
    // Every highlight covers the text the model says it does.
    const model = (c as unknown as { session: { model: TextModel } }).session.model;
    for (const a of c.state.attributions) {
      if (!a.source) continue;
      assert.equal(model.text.slice(a.source.start, a.source.end), a.source.text);
    }
    c.destroy();
  });
});
