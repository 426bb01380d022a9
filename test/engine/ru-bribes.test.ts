// "Чиновник требовал взятку за выделение участка", "Мужчина потребовал выкуп": a bribe or a ransom demanded is a crime,
// not a claim or a call.
import assert from 'node:assert/strict';
import { ru } from './ru-helpers.js';

describe('Russian bribes and ransoms demanded', () => {
  it('reports nothing for a bribe or a ransom as the object', () => {
    assert.equal(ru('Чиновник требовал взятку за выделение участка.').length, 0);
    assert.equal(ru('Мужчина потребовал выкуп в пять миллионов рублей.').length, 0);
  });
});
