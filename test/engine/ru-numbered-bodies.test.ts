// A body's number ("поликлиники №5") belongs to the source's name.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian numbered bodies in a source', () => {
  it('"Врач поликлиники №5" keeps the number', () => {
    assert.equal(by(ru('Врач поликлиники №5 рассказала, что очередей нет.'), 'рассказала').source, 'Врач поликлиники №5');
  });

  it('an appositive reason after the number still attaches to the source', () => {
    const a = by(ru('Учительница школы № 12, пожелавшая остаться неизвестной, рассказала, что зарплату задерживают.'), 'рассказала');
    assert.equal(a.source, 'Учительница школы № 12');
    assert.equal(a.reason, 'пожелавшая остаться неизвестной');
  });
});
