// Kyrgyz and other Turkic names close with a patronymic word ("Нурланбек Тургунбек уулу" — son of Тургунбек): the name
// is the two capitalized words and the particle, not the father's name alone.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian Turkic names with "уулу" / "кызы"', () => {
  it('keeps the whole name after a title with a capitalized owner', () => {
    const a = by(ru('Председатель Жогорку Кенеша Нурланбек Тургунбек уулу заявил, что сессия продлится до июля.'), 'заявил');
    assert.equal(a.speaker, 'Нурланбек Тургунбек уулу');
  });
});
