// The language of each saved news page's article text, as the engine judges
// it: English and Russian pages are read, pages in any other language (Czech,
// Ukrainian, Bulgarian, Chinese, …) are not, and say which language they are in.
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../../src/page/extract.js';
import { textLanguage } from '../../src/engine/detect.js';
import { LANGUAGES } from '../../src/engine/lang/index.js';
import { PAGES_DIR, corpusPages, loadCorpusPage } from '../reliability/corpus.js';

describe('language of the saved news pages', function () {
  this.timeout(120_000);

  it('reads the English and Russian pages and no other', function () {
    // Every page in another language; of the rest, those jsdom parses quickly
    // (the engine test reads every English and Russian dev article).
    const pages = corpusPages().filter((p) => !['en', 'ru'].includes(p.lang) || statSync(join(PAGES_DIR, p.id, 'page.html')).size < 400_000);
    if (!pages.length) this.skip();
    const wrong: string[] = [];
    let others = 0;
    for (const p of pages) {
      const dom = loadCorpusPage(p);
      try {
        const { model, lang: hint } = extractArticle(dom.window.document);
        const verdict = textLanguage(model.text.slice(0, 20000), LANGUAGES, hint);
        const readable = p.lang === 'en' || p.lang === 'ru';
        if (!readable) others++;
        const ok = readable ? verdict.supported && verdict.lang === p.lang : !verdict.supported && (verdict.lang === p.lang || verdict.lang === 'und');
        if (!ok) wrong.push(`${p.id} (${p.lang}): ${JSON.stringify(verdict)}`);
      } finally {
        dom.window.close();
      }
    }
    assert.ok(others >= 5, `only ${others} pages in other languages`);
    assert.ok(pages.length - others >= 10, `only ${pages.length - others} English and Russian pages`);
    assert.deepEqual(wrong, []);
  });
});
