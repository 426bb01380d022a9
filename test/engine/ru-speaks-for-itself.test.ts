// "Цифры говорят сами за себя": speaking for itself is an idiom, no report; the quote around it still is one.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian: "говорит само за себя"', () => {
  it('reports nothing', () => {
    assert.equal(ru('Результат говорит сам за себя.').length, 0);
    assert.equal(ru('Такая статистика говорит сама за себя.').length, 0);
  });

  it('leaves the report around it', () => {
    const list = ru('«Цифры говорят сами за себя», — сказал министр Олег Попов.');
    assert.equal(list.length, 1);
    assert.equal(by(list, 'сказал').speaker, 'Олег Попов');
  });
});
