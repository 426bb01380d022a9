// Unnamed people named by their trade or their schooling in local news: "инструктор", "курсанты", "машинист".
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian unnamed people by trade', () => {
  it('reads them as unnamed people, not organizations', () => {
    const list = ru('По словам курсантов, инструктор предлагал «закрыть глаза на экзамен» за пять тысяч рублей.');
    assert.equal(by(list, 'По словам').kind, 'anonymous');
    const a = by(list, 'предлагал');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.source, 'инструктор');
    assert.equal(by(ru('Машинист успел сообщить диспетчеру, что тормоза отказали.'), 'успел сообщить').kind, 'anonymous');
  });
});
