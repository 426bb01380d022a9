// "— цитирует агентство «X» директора Y": the outlet's noun keeps its quoted name; the quoted party begins after it.
import assert from 'node:assert/strict';
import { ru } from './ru-helpers.js';

describe('Russian "цитирует агентство «X» …"', () => {
  it('splits the outlet with its quoted name from the person it quotes', () => {
    const list = ru('«Запасов хватит до весны», — цитирует агентство «Кабар» главу энергокомпании Айбека Исаева.').filter((a) => a.cue === 'цитирует');
    assert.deepEqual(list.map((a) => a.speaker).sort(), ['Айбек Исаев', 'Кабар']);
    assert.ok(list.some((a) => a.source === 'агентство «Кабар»'));
  });
});
