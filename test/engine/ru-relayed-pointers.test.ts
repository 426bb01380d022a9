// "Как передает Укринформ, об этом сообщается на сайте Нацполиции.": the как-frame before the comma relays the pointer;
// it is no claim, and both point back to the sentence before.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian pointers relayed by a как-frame', () => {
  it('points both back to the sentence before', () => {
    const list = ru('В Киеве осудили мужчину за ложное сообщение о минировании метро.\n\nКак передает Укринформ, об этом сообщается на сайте Нацполиции.');
    const before = 'В Киеве осудили мужчину за ложное сообщение о минировании метро.';
    assert.equal(by(list, 'Как передает').content, before);
    assert.equal(by(list, 'сообщается на').content, before);
  });
});
