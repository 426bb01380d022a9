// "Её сосед, по её словам, купил генератор": a subject owned by the same pronoun ("её сосед", "его брат") is someone else;
// the aside's "её" is the owner, the woman named before, not the neighbour.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian: "по её словам" after a subject owned by "её"', () => {
  it('is the woman named before', () => {
    const a = by(ru('«Воду дают на два часа», — рассказала жительница Нурека Зарина Шарипова. Её дочь, по её словам, носит воду из родника.'), 'по её словам');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Зарина Шарипова');
  });

  it('a subject not owned by the pronoun still speaks for itself: "Министр, по его словам, …"', () => {
    const a = by(ru('Министр Олег Ветров приехал на стройку. Министр, по его словам, доволен темпами работ.'), 'по его словам');
    assert.equal(a.speaker, 'Олег Ветров');
  });
});
