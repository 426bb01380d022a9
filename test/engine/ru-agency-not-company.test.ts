// "ведомство" is a state body: after a company spoke, "в пресс-службе ведомства" means the ministry named before, not the company.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian: "ведомство" never means a company', () => {
  it('skips a company that spoke last for the ministry that spoke before it', () => {
    const list = ru('Минэнерго пообещало проверить тарифы. Управляющая компания «Теплодом» заявила, что ни в чем не виновата. Как сообщили в пресс-службе ведомства, проверка начнется в понедельник.');
    assert.equal(by(list, 'Как сообщили').speaker, 'Минэнерго');
  });

  it('a bare "в ведомстве" after a company alone stays unresolved, not the company', () => {
    const list = ru('Компания «Теплодом» заявила, что ни в чем не виновата. В ведомстве пояснили, что проверка начнется в понедельник.');
    assert.notEqual(by(list, 'пояснили').speaker, 'Теплодом');
  });
});
