// Turning off recovers even when part of the undo fails (issue 6, "Whosaid
// recovers"): the wrap fallback undoes each of its DOM edits on its own, so
// one step that throws leaves one mark behind, not all of them, and the
// page's text is whole.
import assert from 'node:assert/strict';
import { PageController } from '../../src/page/controller.js';
import { engineAnalyze, page } from '../page/dom.js';

const BODY = `<article><h1>Talks</h1>
  <p>The minister said the talks would resume next week. "We are ready," he told reporters.</p>
  <p>According to <a href="https://theguardian.example">The Guardian</a>, officials familiar with the matter said the plan was delayed.</p>
  <p>The company reportedly lost money, and its shares fell.</p></article>`;

describe('reliability: the wrap fallback recovers from a failing undo step', () => {
  it('one mark that cannot be removed leaves only itself behind', async () => {
    const dom = page(BODY, '<meta property="og:type" content="article"><title>Talks</title>');
    const doc = dom.window.document;
    const text = doc.body.textContent;
    const c = new PageController(doc, { analyze: engineAnalyze, wrap: true, watch: false });
    await c.start(true);
    const painted = doc.querySelectorAll('whosaid-mark').length;
    assert.ok(painted >= 4, `painted ${painted} marks`);
    // The first removal throws (as a broken page DOM or jsdom's recursion on deep trees would).
    const proto = dom.window.Element.prototype;
    const replaceWith = proto.replaceWith;
    let calls = 0;
    proto.replaceWith = function (this: Element, ...nodes: (Node | string)[]) {
      if (this.localName === 'whosaid-mark' && calls++ === 0) throw new Error('page broke the DOM');
      return replaceWith.apply(this, nodes);
    };
    const off = await c.setEnabled(false);
    proto.replaceWith = replaceWith;
    assert.equal(off.state, 'off');
    assert.equal(doc.querySelectorAll('whosaid-mark').length, 1, 'only the mark whose removal failed is left');
    assert.equal(doc.body.textContent, text, 'no page text lost or doubled');
    assert.equal(doc.querySelector('style[data-whosaid]'), null, 'our style sheet is gone');
    dom.window.close();
  });
});
