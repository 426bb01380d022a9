import assert from 'node:assert/strict';
import { Watcher, type ChangeKind } from '../../src/page/watch.js';
import { page, tick } from './dom.js';

describe('watcher', () => {
  it('batches mutations and rate-limits a page that never stops changing', async () => {
    const dom = page('<article><p>Start.</p></article>');
    const doc = dom.window.document;
    const ac = new dom.window.AbortController();
    const seen: ChangeKind[] = [];
    new Watcher(doc, { signal: ac.signal, onChange: (k) => seen.push(k), isOurs: () => false, minInterval: 20, maxInterval: 160 });
    const churn = dom.window.setInterval(() => doc.querySelector('article')!.insertAdjacentHTML('beforeend', '<p>More news.</p>'), 2);
    await tick(600);
    dom.window.clearInterval(churn);
    // ~300 mutations; intervals double from 20 ms up to 160 ms: a handful of rescans, not hundreds.
    assert.ok(seen.length >= 2 && seen.length <= 10, `${seen.length} rescans`);
    assert.ok(seen.every((k) => k === 'content'));
    ac.abort();
    dom.window.close();
  });

  it('ignores our own nodes and changes made through ignoring()', async () => {
    const dom = page('<article><p>Start.</p></article>');
    const doc = dom.window.document;
    const ac = new dom.window.AbortController();
    let n = 0;
    const w = new Watcher(doc, { signal: ac.signal, onChange: () => n++, isOurs: (node) => (node.nodeType === 1 ? (node as Element) : node.parentElement)?.tagName === 'WHOSAID-CARD', minInterval: 5 });
    doc.documentElement.append(doc.createElement('whosaid-card'));
    w.ignoring(() => { (doc.querySelector('p')!.firstChild as Text).appendData(' (ours)'); });
    await tick(50);
    assert.equal(n, 0);
    doc.querySelector('article')!.insertAdjacentHTML('beforeend', '<p>Theirs.</p>');
    await tick(50);
    assert.equal(n, 1);
    ac.abort();
    doc.querySelector('article')!.insertAdjacentHTML('beforeend', '<p>After off.</p>');
    await tick(50);
    assert.equal(n, 1);
    dom.window.close();
  });

  it('reports an SPA navigation (pushState, then the page changes)', async () => {
    const dom = page('<article><p>Start.</p></article>');
    const doc = dom.window.document;
    const ac = new dom.window.AbortController();
    const seen: ChangeKind[] = [];
    new Watcher(doc, { signal: ac.signal, onChange: (k) => seen.push(k), isOurs: () => false, minInterval: 5 });
    dom.window.history.pushState({}, '', '/next');
    doc.querySelector('p')!.textContent = 'Next story.';
    await tick(50);
    assert.deepEqual(seen, ['navigation']);
    ac.abort();
    dom.window.close();
  });
});
