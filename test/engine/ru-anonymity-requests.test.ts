// "который попросил не называть его имени": a reason for anonymity, not a request reported.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian requests not to be named', () => {
  it('give the reason for the source\'s anonymity and no attribution of their own', () => {
    const list = ru('По словам одного из фермеров, который попросил не называть его имени, закупочные цены упали вдвое.');
    assert.equal(list.length, 1);
    const a = by(list, 'По словам');
    assert.equal(a.content, 'закупочные цены упали вдвое');
    assert.equal(a.reason, 'попросил не называть его имени');
  });

  it('"пожелала остаться неизвестной" in a relative clause is such a reason too', () => {
    const a = by(ru('Сотрудница школы, которая пожелала остаться неизвестной, рассказала, что зарплату задерживают.'), 'рассказала');
    assert.equal(a.reason, 'пожелала остаться неизвестной');
  });

  it('a request to do something else is still reported', () => {
    assert.equal(by(ru('Аким попросил жителей не выходить из домов.'), 'попросил').content, 'не выходить из домов');
  });
});

describe('Russian apologies', () => {
  it('"попросил прощения у родственников" reports nothing', () => {
    assert.equal(ru('Подсудимый признал вину и попросил прощения у родственников погибших.').filter((x) => x.cue === 'попросил').length, 0);
  });
});
