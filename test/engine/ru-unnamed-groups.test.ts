// "Инициативная группа жильцов" with no name of its own is an unnamed group of people (check13/check14: anonymous);
// a group with a name ("группа компаний «X»", "группа «X»") is that named body. The document it spoke in
// ("в обращении к губернатору") is no part of the source.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian groups with and without a name', () => {
  it('"инициативная группа родителей" is anonymous, "в обращении" left out', () => {
    const a = by(ru('Инициативная группа родителей в обращении к мэру потребовала вернуть школьный автобус.'), 'потребовала');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.source, 'Инициативная группа родителей');
  });

  it('mid-sentence too', () => {
    const a = by(ru('В понедельник группа жильцов потребовала проверить управляющую компанию.'), 'потребовала');
    assert.equal(a.kind, 'anonymous');
  });

  it('a group with a name is named', () => {
    assert.equal(by(ru('Группа компаний «Агроюг» сообщила, что выплатит дивиденды.'), 'сообщила').kind, 'named');
  });
});
