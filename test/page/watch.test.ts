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

describe('watcher: attributes that show or hide text', () => {
  it('reports hidden, class, style, open and aria-hidden changes inside the content, not elsewhere', async () => {
    const dom = page('<nav class="menu"><a href="/">Home</a></nav><article><p id="p" class="x">Start.</p><details id="d"><summary>More</summary><p>Inside.</p></details></article>');
    const doc = dom.window.document;
    const ac = new dom.window.AbortController();
    const article = doc.querySelector('article')!;
    let n = 0;
    new Watcher(doc, {
      signal: ac.signal, onChange: () => n++, isOurs: () => false, minInterval: 5, maxInterval: 5,
      isInContent: (el) => article.contains(el), holdsContent: (el) => el.contains(article),
    });
    const p = doc.getElementById('p')!;
    const changes: [string, () => void][] = [
      ['hidden', () => p.setAttribute('hidden', '')],
      ['class', () => p.setAttribute('class', 'x shown')],
      ['style', () => p.setAttribute('style', 'display:none')],
      ['open', () => doc.getElementById('d')!.setAttribute('open', '')],
      ['aria-hidden', () => p.setAttribute('aria-hidden', 'true')],
      ['hidden on a wrapper of the article', () => doc.body.setAttribute('hidden', '')],
    ];
    for (const [what, change] of changes) {
      const before = n;
      change();
      await tick(30);
      assert.equal(n, before + 1, what);
    }
    doc.body.removeAttribute('hidden');
    await tick(30);
    const before = n;
    // Not article text: the menu's class, the body's class (scroll state and the like), an attribute we do not watch.
    doc.querySelector('nav')!.setAttribute('class', 'menu open');
    doc.body.setAttribute('class', 'scrolled');
    p.setAttribute('data-x', '1');
    await tick(30);
    assert.equal(n, before);
    ac.abort();
    dom.window.close();
  });

  it('rate-limits a content element whose class never stops changing', async () => {
    const dom = page('<article><p id="p">Start.</p></article>');
    const doc = dom.window.document;
    const ac = new dom.window.AbortController();
    const article = doc.querySelector('article')!;
    let n = 0;
    new Watcher(doc, { signal: ac.signal, onChange: () => n++, isOurs: () => false, minInterval: 20, maxInterval: 160, isInContent: (el) => article.contains(el) });
    let i = 0;
    const churn = dom.window.setInterval(() => doc.getElementById('p')!.setAttribute('class', `frame-${i++}`), 2);
    await tick(600);
    dom.window.clearInterval(churn);
    assert.ok(n >= 2 && n <= 10, `${n} rescans for ~300 class changes`);
    ac.abort();
    dom.window.close();
  });
});
