// "требовали у владельца кафе 2 млн рублей": money demanded from someone is extortion, not a claim or a call;
// a demand with an infinitive ("потребовали у акимата вернуть деньги") is still a call.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian demands of money from someone', () => {
  it('reports no claim for money demanded, but keeps a call with an infinitive', () => {
    assert.equal(ru('Похитители, которые требовали у его отца, владельца сети аптек, 30 млн рублей, задержаны.').length, 0);
    assert.equal(ru('Трое мужчин требовали у владельца кафе 2 млн рублей.').length, 0);
    assert.equal(by(ru('Жители потребовали у акимата вернуть деньги за отопление.'), 'потребовали').source, 'Жители');
  });
});
