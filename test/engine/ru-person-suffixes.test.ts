// Words for people the lexicon lacks, known by their suffix ("соседка",
// "кассирша", "сменщик", "смотритель"): an unnamed person, not a body's name.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian unnamed people by the suffix of an unknown word', () => {
  it('in an oblique case after a frame: "По словам соседки", "по словам сменщика погибшего"', () => {
    assert.equal(by(ru('По словам соседки, крики были слышны ночью.'), 'По словам').kind, 'anonymous');
    assert.equal(by(ru('По словам сменщика погибшего, станок был неисправен.'), 'По словам').kind, 'anonymous');
  });

  it('as an inverted or lower-case subject: "как рассказала соседка погибшего", "смотритель маяка рассказал"', () => {
    assert.equal(by(ru('Как рассказала соседка погибшего, крики были слышны ночью.'), 'Как рассказала').kind, 'anonymous');
    assert.equal(by(ru('Смотритель маяка рассказал, что шторм был сильным.'), 'рассказал').kind, 'anonymous');
  });

  it('a lone capitalized word keeps its reading as a surname ("Кравец заявил"), and a named body stays named', () => {
    assert.equal(by(ru('Кравец заявил, что уходит из команды.'), 'заявил').kind, 'named');
    assert.equal(by(ru('По данным Росстата, цены выросли.'), 'По данным').kind, 'named');
  });
});
