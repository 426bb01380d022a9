// A service's forecasters speak for it; "…, добавили там" is the body that spoke last.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian service staff and "там" after the verb', () => {
  it('"синоптики РГП «Казгидромет»" are the service', () => {
    const a = by(ru('Ночью ожидается метель. Об этом предупредили синоптики РГП «Казгидромет».'), 'предупредили');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'РГП «Казгидромет»');
  });

  it('"…, добавили там." is the body that spoke before', () => {
    const a = by(ru('Как уточнили в акимате Павлодара, занятия в школах отменят. Решение примут утром, добавили там.'), 'добавили');
    assert.equal(a.source, 'там');
    assert.equal(a.speaker, 'акимат Павлодара');
    assert.equal(a.content, 'Решение примут утром');
  });
});
