// "Национальный центр по защите персональных данных": a body's noun with its по-phrase is the head of the name; a document
// noun inside the по-phrase ("данных") does not become the head, and "Там" after it is that body.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian: a body named by its field ("центр по …")', () => {
  it('keeps its whole name, not the company spoken of before', () => {
    const list = ru('Оператор «Связьком» признал сбой. Государственный центр по охране личных данных сообщил, что начал проверку. ' +
      'Там добавили, что оператору грозит штраф.');
    assert.equal(by(list, 'сообщил').speaker, 'Государственный центр по охране личных данных');
    assert.equal(by(list, 'добавили').speaker, 'Государственный центр по охране личных данных');
  });
});
