// Our readability check is Firefox Reader View's test with the cheap length
// test first; it must decide like the original (@mozilla/readability).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { probablyReadable } from '../../src/page/article.js';
import { PAGES_DIR } from './extraction-eval.js';
import { page } from './dom.js';

const long = (i: number) => `Paragraph ${i} is long enough to count: the council said on Monday that the bridge would reopen in May, after repairs that took longer than planned because of the weather.`;

describe('readability check', () => {
  const cases: [string, string][] = [
    ['prose', Array.from({ length: 6 }, (_, i) => `<p>${long(i)}</p>`).join('')],
    ['teasers', Array.from({ length: 60 }, (_, i) => `<article><a href="/${i}">Story ${i}</a><p>Short teaser.</p></article>`).join('')],
    ['prose in a list', `<ul>${Array.from({ length: 6 }, (_, i) => `<li><p>${long(i)}</p></li>`).join('')}</ul>`],
    ['hidden prose', Array.from({ length: 6 }, (_, i) => `<p style="display: none">${long(i)}</p>`).join('')],
    ['one paragraph', `<p>${long(0)}</p>`],
    ['br-separated div', `<div>${Array.from({ length: 6 }, (_, i) => long(i)).join('<br><br>')}</div>`],
  ];
  for (const [name, body] of cases) {
    it(`decides like isProbablyReaderable: ${name}`, () => {
      const doc = page(body).window.document;
      assert.equal(probablyReadable(doc), isProbablyReaderable(doc));
    });
  }

  it('decides like isProbablyReaderable on the saved news pages', function () {
    this.timeout(120_000);
    if (!existsSync(join(PAGES_DIR, 'index.json'))) this.skip();
    const ids = (JSON.parse(readFileSync(join(PAGES_DIR, 'index.json'), 'utf8')) as { id: string }[]).map((p) => p.id);
    const differ: string[] = [];
    for (const id of ids) {
      const dom = new JSDOM(readFileSync(join(PAGES_DIR, id, 'page.html'), 'utf8'), { virtualConsole: new VirtualConsole() });
      if (probablyReadable(dom.window.document) !== isProbablyReaderable(dom.window.document)) differ.push(id);
      dom.window.close();
    }
    assert.deepEqual(differ, []);
  });
});
