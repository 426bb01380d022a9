// "По словам пограничников", "по мнению рецензентов": a noun for people the lexicon lacks, in the genitive plural after a
// frame, is an unnamed group, not a named body.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian: an unknown noun for people in the genitive plural after a frame', () => {
  it('is an anonymous group', () => {
    const a = by(ru('По словам таможенников, очередь растет.'), 'По словам');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.speaker, 'таможенники');
    assert.equal(by(ru('По мнению кинокритиков, фильм затянут.'), 'По мнению').kind, 'anonymous');
    assert.equal(by(ru('По данным смотрителей, вода прибывает.'), 'По данным').kind, 'anonymous');
  });

  it('a named body in the genitive stays named', () => {
    assert.equal(by(ru('По данным Росстата, цены выросли.'), 'По данным').kind, 'named');
  });
});
