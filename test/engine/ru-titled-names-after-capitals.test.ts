// "Депутат Жогорку Кенеша Дастан Бекешев": an unlisted first name after a title whose owner is capitalised.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian unlisted names after capitalised owners', () => {
  it('is the person, not an unnamed deputy', () => {
    const a = by(ru('Депутат Жогорку Кенеша Дастан Бекешев заявил, что закон плохой.'), 'заявил');
    assert.equal(a.speaker, 'Дастан Бекешев');
    assert.equal(a.kind, 'named');
  });
});
