// "— вторит ей депутат X": agreeing with the one quoted before, beside a quote.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian: "вторить" beside a quote', () => {
  it('"«…», — вторит ей депутат X" reports the quote', () => {
    const a = by(ru('«Людей надо расселять немедленно», — вторит ей депутат Ирина Лебедь.'), 'вторит ей');
    assert.equal(a.speaker, 'Ирина Лебедь');
    assert.equal(a.content, 'Людей надо расселять немедленно');
  });

  it('with no quote it reports nothing: "Эхо вторит голосам"', () => {
    assert.equal(ru('Эхо вторит голосам в горах.').length, 0);
  });
});
