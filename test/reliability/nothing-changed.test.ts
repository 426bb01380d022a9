// Property: Whosaid on, then off, leaves every saved news page exactly as it
// was (issue 6, "Nothing changed", jsdom part). The page layer runs as the
// content script runs it (extract → analyze with the engine → highlight →
// watch); jsdom has no CSS.highlights, so this is the wrap fallback, the one
// that edits the DOM. A second pass uses a stand-in highlight registry.
//
// Compared: documentElement.outerHTML, and the node structure behind it
// (split text nodes would serialize the same but break page scripts holding
// a reference to a Text node).
import assert from 'node:assert/strict';
import { PageController } from '../../src/page/controller.js';
import { engineAnalyze, installHighlights } from '../page/dom.js';
import { corpusPages, loadCorpusPage } from './corpus.js';

/** Node types and text lengths in document order. */
function structure(doc: Document): string {
  const w = doc.createTreeWalker(doc, 0xffffffff);
  const out: string[] = [];
  for (let n = w.nextNode(); n; n = w.nextNode()) out.push(n.nodeType === 3 ? `#${(n as Text).length}` : n.nodeName);
  return out.join(',');
}

const pages = corpusPages();

describe('reliability: nothing changed (saved pages under jsdom)', function () {
  this.timeout(600_000);

  it(`on, then off, leaves each saved page identical (${pages.length} pages)`, async function () {
    if (!pages.length) this.skip();
    const problems: string[] = [];
    let checked = 0, marks = 0, highlighted = 0;
    const t0 = performance.now();
    for (const p of pages) {
      const dom = loadCorpusPage(p);
      const doc = dom.window.document;
      const html = doc.documentElement.outerHTML;
      const shape = structure(doc);
      const text = doc.body?.textContent ?? '';
      try {
        // 1. Wrap fallback (no CSS.highlights under jsdom).
        const c = new PageController(doc, { analyze: engineAnalyze, minInterval: 5 });
        const on = await c.start(true);
        if (on.state !== 'done') problems.push(`${p.id}: state ${on.state} ${on.error ?? ''}`);
        const n = doc.querySelectorAll('whosaid-mark').length;
        marks += n;
        if (on.attributions.length && !n) problems.push(`${p.id}: ${on.attributions.length} attributions, no marks`);
        if ((doc.body?.textContent ?? '') !== text) problems.push(`${p.id}: page text changed while highlighted`);
        c.step(1); // a card open as well
        await c.setEnabled(false);
        if (doc.documentElement.outerHTML !== html) problems.push(`${p.id}: markup differs after off (wrap)`);
        else if (structure(doc) !== shape) problems.push(`${p.id}: node structure differs after off (wrap)`);
        // 2. CSS highlights (stand-in registry): nothing may touch the DOM.
        const registry = installHighlights(dom.window);
        const c2 = new PageController(doc, { analyze: engineAnalyze, minInterval: 5 });
        await c2.start(true);
        if (registry.size) highlighted++;
        c2.step(1);
        await c2.setEnabled(false);
        if (registry.size) problems.push(`${p.id}: highlights left in the registry`);
        if (doc.documentElement.outerHTML !== html) problems.push(`${p.id}: markup differs after off (highlights)`);
        else if (structure(doc) !== shape) problems.push(`${p.id}: node structure differs after off (highlights)`);
        checked++;
      } catch (e) {
        problems.push(`${p.id}: threw ${e instanceof Error ? e.stack : String(e)}`);
      } finally {
        dom.window.close();
      }
    }
    console.log(`      nothing changed: ${checked}/${pages.length} pages checked (wrap fallback and highlight registry), ${marks} marks painted, ${highlighted} pages highlighted, ${Math.round(performance.now() - t0)} ms`);
    assert.deepEqual(problems, []);
  });
});
