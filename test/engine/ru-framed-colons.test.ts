// "объяснили задержку погодой: по версии компании, …": words after a colon that open with a source frame of their own
// are that frame's; the object before the colon is the verb's claim.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian colons opening a framed report', () => {
  it('the verb before the colon keeps its object', () => {
    const list = ru('В авиакомпании объяснили отмену рейса погодой: по версии перевозчика, аэропорт закрыли из-за тумана.');
    assert.equal(by(list, 'объяснили').content, 'отмену рейса погодой');
    assert.equal(by(list, 'по версии').content, 'аэропорт закрыли из-за тумана');
  });

  it('so with a possessive in the frame, "по его словам"', () => {
    assert.equal(by(ru('Директор объяснил простой ремонтом: по его словам, линию запустят в понедельник.'), 'объяснил').content, 'простой ремонтом');
  });

  it('a colon with no frame after it still gives the words', () => {
    assert.equal(by(ru('Министр прокомментировал решение: «Это ошибка».'), 'прокомментировал').content, 'Это ошибка');
  });
});
