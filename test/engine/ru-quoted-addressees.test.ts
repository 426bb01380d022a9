// "Как сообщили «Вестнику» в пресс-службе мэрии": a quoted name in the dative right after the verb and before a "в"-place is
// whom it was told; the place speaks, even when the lists do not know the outlet.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian: a quoted addressee before the place that speaks', () => {
  it('one word in the dative', () => {
    const a = by(ru('Как сообщили «Курьеру» в пресс-службе мэрии, ремонт завершат в мае.'), 'Как сообщили «Курьеру»');
    assert.equal(a.source, 'пресс-службе мэрии');
  });

  it('an adjective and a noun in the dative', () => {
    const a = by(ru('Как рассказали «Северной звезде» в министерстве, норматив пересматривался.'), 'Как рассказали «Северной звезде»');
    assert.equal(a.source, 'министерстве');
  });

  it('an outlet in the nominative before its own channel stays the source', () => {
    assert.equal(by(ru('Как сообщает «Курьер» в своем телеграм-канале, мост откроют.'), 'Как сообщает').speaker, 'Курьер');
  });
});
