// "ЦБ отозвал лицензию …" (a headline) ¶ "Банк России в понедельник отозвал …": of a body's names in the text, the
// speaker is the full one, even when an acronym comes first.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian names of one body: the full one is the speaker', () => {
  it('an acronym first, the full name later', () => {
    const list = ru('ЦБ закрыл банк «Вереск»\n\nБанк России сообщил, что закрыл банк «Вереск». По данным ЦБ, банк скрывал убытки.');
    assert.equal(by(list, 'сообщил').speaker, 'Банк России');
    assert.equal(by(list, 'По данным').speaker, 'Банк России');
  });

  it('the acronym alone stays the acronym', () => {
    const list = ru('По данным ЦБ, банк «Вереск» скрывал убытки.');
    assert.equal(by(list, 'По данным').speaker, 'ЦБ');
  });
});
