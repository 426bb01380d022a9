// "Москва и Минск по-разному объясняют срыв переговоров": what is explained, with no explanation after the verb (no
// instrumental, что-clause, colon or quote), is no claim; "объяснил срыв погодой" still is.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian "объяснять" with nothing but what is explained', () => {
  it('a bare object is no claim', () => {
    assert.equal(ru('Москва и Минск по-разному объясняют срыв переговоров в Гродно.').length, 0);
    assert.equal(ru('Губернатор объяснил причины отставки вице-губернатора.').length, 0);
  });
  it('an explanation in the instrumental, a что-clause or a colon stays a claim', () => {
    assert.equal(by(ru('Губернатор объяснил отставку семейными обстоятельствами.'), 'объяснил').content, 'отставку семейными обстоятельствами');
    assert.equal(by(ru('Губернатор объяснил, что заместитель ушёл сам.'), 'объяснил').content, 'заместитель ушёл сам');
  });
});
