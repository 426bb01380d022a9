// "Мэрия Еревана: проезд подорожает": in a headline, a body named by its word for a body (мэрия, правительство, министерство)
// before a colon speaks the claim after it — only a claim with a verb; a topic after the colon is no claim.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian headline "body: claim"', () => {
  it('"Администрация Томска: …" with a verb is the body\'s claim', () => {
    const a = by(ru('Администрация Томска: парковки в центре станут платными\n\nРешение примут в марте.'), ':');
    assert.equal(a.kind, 'named');
    assert.equal(a.content, 'парковки в центре станут платными');
  });

  it('a topic after the colon claims nothing', () => {
    assert.equal(ru('Правительство области: новые назначения\n\nГубернатор подписал указ.').filter((a) => a.cue === ':').length, 0);
  });
});
