// "В банке сбой подтвердили, однако утечку отрицают": a second verb after "но"/"однако", with what it denies before it,
// has the first verb's source.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian denials after a contrast', () => {
  it('a place that confirmed one thing denies the other', () => {
    const a = by(ru('В авиакомпании факт задержки подтвердили, однако поломку двигателя отрицают.'), 'отрицают');
    assert.equal(a.source, 'авиакомпании');
    assert.equal(a.content, 'поломку двигателя');
  });

  it('so does a person, after "но"', () => {
    const a = by(ru('Депутат факт встречи подтвердил, но свою причастность отрицает.'), 'отрицает');
    assert.equal(a.source, 'Депутат');
    assert.equal(a.content, 'свою причастность');
  });
});
