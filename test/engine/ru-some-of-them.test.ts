// "Некоторые из жителей жалуются, что …", "Многие из них считают, что …": some or many of a group are an unnamed
// group, the whole phrase.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian "some of" and "many of" a group as the source', () => {
  it('takes the whole phrase as an unnamed group', () => {
    const a = by(ru('Некоторые из жителей жалуются, что автобуса нет.'), 'жалуются');
    assert.equal(a.source, 'Некоторые из жителей');
    assert.equal(a.kind, 'anonymous');
    const b = by(ru('Родители довольны. Многие из них считают, что школа стала лучше.'), 'считают');
    assert.equal(b.source, 'Многие из них');
    assert.equal(b.kind, 'anonymous');
  });
});
