// "Министр иностранных дел Турции Хакан Фидан прибыл в Москву. Он заявил …": "дел" after a genitive adjective is the noun
// ("иностранных дел", "внутренних дел"), not a past verb ending the subject too early.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian: a pronoun back to a subject with "иностранных дел" in the title', () => {
  it('the pronoun means the named minister, not a piece of the title', () => {
    const a = by(ru('Министр иностранных дел Мальты Карел Абела прибыл в Вену. Он заявил, что переговоры будут трудными.'), 'заявил');
    assert.equal(a.speaker, 'Карел Абела');
  });

  it('the same with "внутренних дел" and a possessive', () => {
    const a = by(ru('Министр внутренних дел Чили Луис Кордеро посетил порт. По его словам, контрабанды стало меньше.'), 'По его словам');
    assert.equal(a.speaker, 'Луис Кордеро');
  });
});
