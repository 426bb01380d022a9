import assert from 'node:assert/strict';
import { createPainter, type Mark } from '../../src/page/highlight.js';
import { TextModel } from '../../src/page/text-model.js';
import { HIGHLIGHT_NAMES } from '../../src/page/highlight-style.js';
import { installHighlights, page, rangeText } from './dom.js';

const BODY = `<article><p>The <a href="/g">Guardian</a> reports that <em>officials familiar with</em> the matter said the plan was delayed.</p>
  <p>The company reportedly lost money, <b>sources</b> said.</p></article>`;

function marksFor(doc: Document): { model: TextModel; marks: Mark[] } {
  const model = TextModel.build([doc.querySelector('article')!]);
  const span = (s: string, kind: Mark['kind'], id: number) => {
    const start = model.text.indexOf(s);
    return { kind, id, span: { start, end: start + s.length } };
  };
  const wanted = [
    span('The Guardian', 'named', 0), span('reports', 'named', 0),
    span('officials familiar with the matter', 'anonymous', 1), span('said', 'anonymous', 1),
    span('officials familiar with the matter said the plan was delayed', 'claim', 0),
    span('the plan was delayed', 'claim', 1),
    span('reportedly', 'unattributed', 2), span('The company reportedly lost money', 'claim', 2),
  ];
  const ranges = model.toRanges(wanted.map((w) => w.span));
  return { model, marks: wanted.map((w, i) => ({ kind: w.kind, id: w.id, range: ranges[i]! })) };
}

describe('highlighting with the Custom Highlight API', () => {
  it('registers the four names with StaticRanges and never touches the DOM', () => {
    const dom = page(BODY);
    const doc = dom.window.document;
    const registry = installHighlights(dom.window);
    const before = doc.documentElement.outerHTML;
    const ac = new AbortController();
    const painter = createPainter(doc, { style: 'default', signal: ac.signal });
    assert.equal(painter.mode, 'highlights');
    painter.paint(marksFor(doc).marks);
    assert.equal(registry.get(HIGHLIGHT_NAMES.named)?.size, 2);
    assert.equal(registry.get(HIGHLIGHT_NAMES.anonymous)?.size, 2);
    assert.equal(registry.get(HIGHLIGHT_NAMES.unattributed)?.size, 1);
    assert.equal(registry.get(HIGHLIGHT_NAMES.claim)?.size, 3);
    const anon = [...registry.get(HIGHLIGHT_NAMES.anonymous)!][0]!;
    assert.ok(anon instanceof dom.window.StaticRange);
    assert.equal(rangeText(doc, anon), 'officials familiar with the matter');
    // Styles go in a sheet that leaves no trace in the markup (a <style> in jsdom, removed on clear).
    painter.clear();
    assert.equal(registry.size, 0);
    assert.equal(doc.documentElement.outerHTML, before);
  });

  it('where highlights draw no lines (Firefox), kinds differ by the band\'s pattern: named solid, anonymous dashed, unattributed dotted on a light band', () => {
    const dom = page(BODY);
    const doc = dom.window.document;
    const registry = installHighlights(dom.window);
    const ac = new AbortController();
    const painter = createPainter(doc, { style: 'default', signal: ac.signal, lines: false });
    painter.paint(marksFor(doc).marks);
    const texts = (name: string) => [...registry.get(name)!].map((r) => rangeText(doc, r));
    assert.deepEqual(texts(HIGHLIGHT_NAMES.named), ['The Guardian', 'reports']);
    // Three characters of four, each word (and each text node: <em> ends one) on its own, no space tinted.
    assert.deepEqual(texts(HIGHLIGHT_NAMES.anonymous), ['off', 'cia', 's', 'fam', 'lia', 'wit', 'the', 'mat', 'er', 'sai']);
    assert.deepEqual(texts(HIGHLIGHT_NAMES.unattributed), ['reportedly']);
    assert.deepEqual(texts(HIGHLIGHT_NAMES.dots), ['r', 'o', 'e', 'y']);
    assert.ok(registry.get(HIGHLIGHT_NAMES.dots)!.priority > registry.get(HIGHLIGHT_NAMES.unattributed)!.priority);
    painter.clear();
    assert.equal(registry.size, 0);
  });

  it('puts its highlights back when page scripts clear the registry, and leaves others alone', () => {
    const dom = page(BODY);
    const doc = dom.window.document;
    const registry = installHighlights(dom.window);
    const ac = new AbortController();
    const painter = createPainter(doc, { style: 'default', signal: ac.signal, restoreEvery: 60_000 });
    painter.paint(marksFor(doc).marks);
    const theirs = new (dom.window as unknown as { Highlight: new () => Set<unknown> }).Highlight();
    registry.clear();
    registry.set('page-own', theirs as never);
    assert.equal((painter as unknown as { restore(): number }).restore(), 4);
    assert.ok(registry.has(HIGHLIGHT_NAMES.claim));
    ac.abort(); // off: one abort removes ours
    assert.deepEqual([...registry.keys()], ['page-own']);
  });
});

describe('highlighting by wrapping (no CSS.highlights)', () => {
  it('wraps overlapping marks once per piece and unwraps to the identical DOM', () => {
    const dom = page(BODY);
    const doc = dom.window.document;
    const before = doc.documentElement.outerHTML;
    const textNodesBefore = [...doc.querySelectorAll('p')].map((p) => [...p.childNodes]);
    const ac = new AbortController();
    const painter = createPainter(doc, { style: 'colorblind', signal: ac.signal });
    assert.equal(painter.mode, 'wrap');
    painter.paint(marksFor(doc).marks);
    const marks = [...doc.querySelectorAll('whosaid-mark')];
    assert.ok(marks.length >= 8);
    const kinds = (t: string) => marks.filter((m) => m.textContent === t).map((m) => m.getAttribute('data-kinds'));
    assert.deepEqual(kinds('reportedly'), ['unattributed claim']);
    assert.equal(marks.filter((m) => /named/.test(m.getAttribute('data-kinds')!)).map((m) => m.textContent).join(''), 'The Guardianreports');
    assert.deepEqual(painter.idsAt(marks.find((m) => m.textContent === 'reportedly')!), [2]);
    // Repainting replaces, it does not nest.
    painter.paint(marksFor(doc).marks.slice(0, 2));
    assert.equal(doc.querySelectorAll('whosaid-mark whosaid-mark').length, 0);
    ac.abort();
    assert.equal(doc.documentElement.outerHTML, before);
    // The very same text nodes are back (not equal copies).
    assert.deepEqual([...doc.querySelectorAll('p')].map((p) => [...p.childNodes]), textNodesBefore);
  });
});
