// Extraction on synthetic pages of common news layouts and CMS patterns
// (test/fixtures/layouts: invented pages, each with the text we expect and
// the boilerplate that must stay out). The same extraction the CLI and the
// content script run: jsdom, no layout.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../../src/page/extract.js';
import { tokenF1 } from './extraction-eval.js';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/layouts');

export interface Layout { name: string; html: string; paragraphs: string[]; absent: string[]; article: boolean }

/** First line of a .txt for a page that is not an article (a feed, a front page). */
const NOT_ARTICLE = '=== not an article ===';

/** Whitespace as a reader sees it (the model collapses runs, blocks become blank lines). */
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

export function layouts(): Layout[] {
  return readdirSync(DIR).filter((f) => f.endsWith('.html')).sort().map((f) => {
    const name = f.slice(0, -'.html'.length);
    const txt = readFileSync(join(DIR, `${name}.txt`), 'utf8');
    const article = !txt.startsWith(NOT_ARTICLE);
    const [want, absent = ''] = (article ? txt : '').split(/^=== absent ===$/m);
    return {
      name,
      article,
      html: readFileSync(join(DIR, f), 'utf8'),
      paragraphs: want!.split(/\n\s*\n/).map(norm).filter(Boolean),
      absent: absent.split('\n').map(norm).filter(Boolean),
    };
  });
}

export function extractLayout(html: string) {
  const dom = new JSDOM(html, { url: 'https://news.example/2026/03/story', virtualConsole: new VirtualConsole() });
  const { model, signal } = extractArticle(dom.window.document);
  dom.window.close();
  return { text: model.text, paragraphs: model.paragraphs.map((p) => norm(model.text.slice(p.start, p.end))), signal };
}

describe('extraction on common news layouts (synthetic pages)', () => {
  for (const l of layouts()) {
    describe(l.name, () => {
      const got = extractLayout(l.html);
      const text = norm(got.text);

      if (!l.article) {
        it('is not taken for an article', () => {
          assert.equal(got.signal, null);
        });
        return;
      }

      it('is recognised as an article', () => {
        assert.ok(got.signal, 'no article signal');
      });

      it('reads every paragraph of the article', () => {
        const missing = l.paragraphs.filter((p) => !text.includes(p));
        assert.deepEqual(missing, [], `got:\n${got.text}`);
      });

      it('leaves out the boilerplate', () => {
        const present = l.absent.filter((a) => text.toLowerCase().includes(a.toLowerCase()));
        assert.deepEqual(present, [], `got:\n${got.text}`);
      });

      it('matches the expected text (token F1 ≥ 0.95)', () => {
        const { f1, precision, recall } = tokenF1(got.text, l.paragraphs.join('\n\n'));
        assert.ok(f1 >= 0.95, `F1 ${f1.toFixed(3)} (P ${precision.toFixed(3)}, R ${recall.toFixed(3)})`);
      });
    });
  }
});
