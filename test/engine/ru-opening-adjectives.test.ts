// "Другие рецензенты пишут", "Иностранные наблюдатели считают": a plural adjective capitalized only because it opens the
// sentence, before a plural noun the lexicon lacks, describes an unnamed group; it is no body's name.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian: a capitalized plural adjective opening the sentence', () => {
  it('describes an unnamed group', () => {
    assert.equal(by(ru('Другие кинокритики пишут, что фильм затянут.'), 'пишут').kind, 'anonymous');
    assert.equal(by(ru('Независимые наблюдатели считают, что выборы прошли честно.'), 'считают').kind, 'anonymous');
  });

  it('two capitalized words stay a name', () => {
    assert.equal(by(ru('Новые Известия пишут, что цены вырастут.'), 'пишут').kind, 'named');
  });
});
