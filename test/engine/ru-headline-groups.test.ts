// A headline "Шахтёры «Ак-Тюза»: зарплату не поднимали пять лет": unnamed people by their word, a colon and their claim.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian headlines that quote a group', () => {
  it('gives the headline claim to the unnamed group', () => {
    const a = by(ru('Шахтёры «Ак-Тюза»: зарплату не поднимали пять лет\n\nОколо 200 работников рудника вышли на забастовку.'), ':');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.source, 'Шахтёры «Ак-Тюза»');
    assert.equal(a.content, 'зарплату не поднимали пять лет');
  });
});
