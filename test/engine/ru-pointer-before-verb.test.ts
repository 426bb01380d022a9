// "Агент певицы Иван Котов эти сообщения опроверг": a pointer right before a verb that denies or confirms, after a long
// subject, points back to the reports before, as "Сам Котов это опроверг" does.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian pointers between a long subject and a denial', () => {
  it('"эти сообщения" before "опроверг" points back; the subject stays clean', () => {
    const list = ru('Несколько каналов написали, что певица больна. Пресс-агент певицы Иван Котов эти сообщения опроверг.');
    const a = by(list, 'опроверг');
    assert.equal(a.source, 'Пресс-агент певицы Иван Котов');
    assert.equal(a.content, 'певица больна');
  });

  it('so with "эту информацию"', () => {
    const list = ru('Несколько каналов написали, что певица больна. Пресс-агент певицы Иван Котов эту информацию опроверг.');
    assert.equal(by(list, 'опроверг').content, 'певица больна');
  });
});
