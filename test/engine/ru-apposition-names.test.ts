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

describe('Russian: a name in apposition after a subject the lexicon cannot read', () => {
  it('"Мой первый инструктор, Павел Ильич Горюнов, потом смеялся, что …" is Горюнов', () => {
    const a = by(ru('Мой первый инструктор, Павел Ильич Горюнов, потом долго смеялся, что я заблудился в трех соснах.'), 'смеялся');
    assert.equal(a.speaker, 'Павел Ильич Горюнов');
    assert.equal(a.source, 'Мой первый инструктор, Павел Ильич Горюнов');
  });

  it('"Моя старая знакомая, Анна Белова, вспоминает, что …" is Белова', () => {
    assert.equal(by(ru('Моя старая знакомая, Анна Белова, вспоминает, что клуб закрыли в 1998 году.'), 'вспоминает').speaker, 'Анна Белова');
  });
});

