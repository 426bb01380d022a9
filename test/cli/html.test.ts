import assert from 'node:assert/strict';
import { extractFromHtml } from '../../src/cli/html.js';

const PAGE = `<!doctype html><html lang="ru"><head><meta property="og:type" content="article"><title>t</title>
<script>document.write('<p>injected</p>')</script></head><body>
<nav><a href="/">Главная</a> <a href="/news">Новости</a></nav>
<article><h1>Заголовок</h1><p>Министр заявил, что переговоры продолжатся на следующей неделе.</p>
<p>По данным источника, решение   будет принято позже.</p><div class="share-buttons">Поделиться</div></article>
<section class="comments"><p>Комментарий читателя, который не входит в статью.</p></section></body></html>`;

describe('CLI --html', () => {
  it('extracts the article text with the page layer: blocks as paragraphs, no navigation, scripts or comments', async () => {
    const r = await extractFromHtml(PAGE);
    assert.equal(r.text, 'Министр заявил, что переговоры продолжатся на следующей неделе.\n\nПо данным источника, решение будет принято позже.');
    assert.equal(r.lang, 'ru');
    assert.deepEqual(r.skipped, []);
  });

  it('still extracts from a page that does not look like an article, and says so', async () => {
    const r = await extractFromHtml('<html><body><p>Just one line of text.</p></body></html>');
    assert.equal(r.text, 'Just one line of text.');
    assert.equal(r.lang, undefined);
    assert.match(r.skipped.join(' '), /does not look like an article/);
  });
});
