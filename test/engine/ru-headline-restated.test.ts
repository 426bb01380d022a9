// "Хакеры заявили о взломе банка" ¶ "Группировка, называющая себя X, заявила о взломе …": the headline restates the lead.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian headlines restating the lead', () => {
  it('an unnamed group in the headline with the lead\'s verb and claim is the lead\'s named body', () => {
    const list = ru('Хакеры заявили о взломе «Вега-Банка»\n\nГруппировка, называющая себя Red Fox, заявила о взломе систем «Вега-Банка».');
    const a = by(list, 'заявили');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Red Fox');
  });

  it('not one person the lead quotes', () => {
    const list = ru('Жители пожаловались на холод в квартирах\n\nПенсионерка Анна Лосева пожаловалась на холод в квартире.');
    assert.equal(by(list, 'пожаловались').kind, 'anonymous');
  });
});
