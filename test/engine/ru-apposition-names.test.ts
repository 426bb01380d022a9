// A name in apposition after a word the lexicon lacks ("Один из клиентов,
// москвич Артем Ляхов, подтвердил"): the named person speaks.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian names in apposition after an unknown word', () => {
  it('"Один из покупателей, петербуржец Илья Сомов, подтвердил, что …" is Илья Сомов', () => {
    const a = by(ru('Один из покупателей, петербуржец Илья Сомов, подтвердил изданию, что получил чужой заказ.'), 'подтвердил');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Илья Сомов');
    assert.equal(a.source, 'Один из покупателей, петербуржец Илья Сомов');
    assert.equal(a.content, 'получил чужой заказ');
  });

  it('an unnamed member with a description and no name stays anonymous', () => {
    const a = by(ru('Один из покупателей, пожелавший остаться неизвестным, подтвердил, что получил чужой заказ.'), 'подтвердил');
    assert.equal(a.kind, 'anonymous');
  });
});
