// "Группировка, называющая себя X, заявила …": a group known only by the name it gives itself is that name.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian groups named by their own label', () => {
  it('the label after "называющая себя" is the speaker, the whole phrase the source', () => {
    const a = by(ru('Группировка, называющая себя Red Fox, заявила о краже данных страховой компании.'), 'заявила');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Red Fox');
    assert.equal(a.source, 'Группировка, называющая себя Red Fox');
  });

  it('a quoted label loses its quotes', () => {
    assert.equal(by(ru('Группировка, именующая себя «Северный ветер», сообщила, что атака продолжится.'), 'сообщила').speaker, 'Северный ветер');
  });
});
