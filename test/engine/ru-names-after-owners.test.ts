// A name in the genitive after a title whose owner is written in capitals ("депутата Жогорку Кенеша Дастана Бекешева"):
// the name is the last two words, in the nominative.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian genitive names after a capitalized owner', () => {
  it('names the person, not the title', () => {
    const a = by(ru('По словам депутата Жогорку Кенеша Дастана Бекешева, закон не работает.'), 'По словам');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Дастан Бекешев');
  });

  it('names the same person in a later mention', () => {
    const list = ru('Депутат Жогорку Кенеша Таалайбек Осмонов выступил против поправок. По мнению депутата Жогорку Кенеша Таалайбека Осмонова, их нужно доработать.');
    assert.equal(by(list, 'По мнению').speaker, 'Таалайбек Осмонов');
  });
});
