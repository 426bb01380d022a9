import assert from 'node:assert/strict';
import { analyze } from '../../src/engine/index.js';
import { trimBrackets } from '../../src/engine/analyze.js';

const cut = (text: string, from: string, to: string) => {
  const start = text.indexOf(from);
  const s = trimBrackets(text, { start, end: text.indexOf(to) + to.length });
  return text.slice(s.start, s.end);
};

describe('content spans: brackets at the edges', () => {
  it('drops a closing bracket that the claim did not open', () => {
    const t = 'The plant will close. (The owner says it has no buyer yet.)';
    assert.equal(cut(t, 'it has', 'yet.)'), 'it has no buyer yet.');
  });

  it('keeps brackets the claim opens and closes itself, at the end too', () => {
    const t = 'She said the fund (about $2bn) was gone (for now)';
    assert.equal(cut(t, 'the fund', '(for now)'), 'the fund (about $2bn) was gone (for now)');
  });

  it('drops an opening bracket that is never closed inside the claim', () => {
    const t = 'Critics argue [that the vote was rushed, and more';
    assert.equal(cut(t, '[that', 'rushed'), 'that the vote was rushed');
  });

  it('leaves a span of nothing but brackets as it was', () => {
    assert.equal(cut('x ) y', ')', ')'), ')');
  });

  it('applies to what the engine returns, in any language', () => {
    for (const [lang, text] of [
      ['en', 'Shares fell sharply. (The company said it would not comment on the sale.)'],
      ['ru', 'Акции упали. (В компании заявили, что не будут комментировать сделку.)'],
    ] as const) {
      const [a] = analyze(text, { lang }).attributions;
      assert.ok(a, `${lang}: an attribution`);
      const content = text.slice(a.content.start, a.content.end);
      assert.ok(!content.endsWith(')'), `${lang}: ${content}`);
      assert.match(content, /комментировать сделку|comment on the sale/);
    }
  });
});
