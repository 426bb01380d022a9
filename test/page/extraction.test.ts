// Article-text extraction on the real saved pages of ../shared/corpus/pages
// (token F1 against each page's truth). Skipped when the corpus is absent.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { PAGES_DIR, evaluate, tokenF1 } from './extraction-eval.js';

describe('extraction on saved news pages', function () {
  this.timeout(180_000);

  it('scores token F1 as expected on small texts', () => {
    assert.equal(tokenF1('a b c', 'a b c').f1, 1);
    assert.equal(tokenF1('', 'a').f1, 0);
    assert.equal(tokenF1('中国 新闻', '中国新闻').f1, 1);
  });

  it('reaches mean token F1 ≥ 0.95 and no page below 0.8', function () {
    if (!existsSync(PAGES_DIR)) this.skip();
    const { pages, mean, min } = evaluate();
    assert.ok(pages.length >= 30, `only ${pages.length} pages with truth`);
    assert.ok(mean >= 0.95, `mean F1 ${mean.toFixed(3)}`);
    assert.ok(min && min.f1 >= 0.8, `worst ${min?.id} ${min?.f1.toFixed(3)}`);
  });
});
