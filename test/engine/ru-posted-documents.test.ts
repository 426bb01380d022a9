// "говорится в сообщении ведомства в Telegram": where a document was posted is no part of its owner, so a bare
// "ведомство" still means the body that spoke before.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian documents posted on a platform', () => {
  it('resolves the owner without the platform', () => {
    const list = ru('В акимате Бишкека сообщили, что дороги расчищены. «Техника работает круглосуточно», — говорится в сообщении ведомства в Telegram.');
    assert.equal(by(list, 'говорится в').speaker, by(list, 'сообщили').speaker);
  });
});
