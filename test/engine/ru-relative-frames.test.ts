// "X, по данным которого …": the frame's relative pronoun is X; the claim is the relative clause.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian frames with a relative pronoun', () => {
  it('"…сообщила газета «Бизнес Азия», по данным которой сделку закроют в мае." ', () => {
    const a = by(ru('О переговорах сообщила газета «Бизнес Азия», по данным которой сделку закроют в мае.'), 'по данным которой');
    assert.equal(a.source, 'которой');
    assert.equal(a.speaker, 'Бизнес Азия');
    assert.equal(a.content, 'сделку закроют в мае');
  });

  it('the claim ends at the relative clause\'s comma', () => {
    const list = ru('Министр Аскар Омаров, по словам которого тарифы не вырастут, покинул зал без комментариев.');
    const a = by(list, 'по словам которого');
    assert.equal(a.speaker, 'Аскар Омаров');
    assert.equal(a.content, 'тарифы не вырастут');
  });
});
