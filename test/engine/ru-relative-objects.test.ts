// Objects and places between a title and a name, or after a verb in a relative clause.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian objects and places around sources', () => {
  it('"обвинил хокима одного из районов" has no source after the verb', () => {
    const list = ru('Блогер выложил ролики, в которых обвинил главу одного из районов в растрате.');
    assert.equal(list.filter((x) => x.source === 'одного из районов').length, 0);
  });

  it('a place of two capitalised words between a title and the name', () => {
    const a = by(ru('Представитель Amnesty International по Южному Кавказу Нино Беридзе назвала приговор жестоким.'), 'назвала');
    assert.equal(a.speaker, 'Нино Беридзе');
  });
});
