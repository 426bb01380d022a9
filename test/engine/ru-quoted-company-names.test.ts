// Companies named by a quoted name alone: in a headline claim after a colon, and after their press office.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian quoted company names', () => {
  it('"Reuters: «Казмунайгаз» может …" attributes the whole claim, not the quoted name', () => {
    const a = by(ru('Reuters: «Казмунайгаз» может продать долю в трех месторождениях\n\nКомпания ведет переговоры.'), ':');
    assert.equal(a.content, '«Казмунайгаз» может продать долю в трех месторождениях');
    assert.equal(a.direct, false);
  });

  it('a headline quote that ends the claim stays a direct quote', () => {
    const a = by(ru('Токаев: «Реформы будут продолжены»\n\nПрезидент выступил в парламенте.'), ':');
    assert.equal(a.content, 'Реформы будут продолжены');
    assert.equal(a.direct, true);
  });

  it('"Компания уточнила" after "пресс-служба «X»" is X', () => {
    const a = by(ru('Добыча выросла на 5%, сообщила пресс-служба «Навоиуран». Компания также уточнила, что экспорт сохранится.'), 'уточнила');
    assert.equal(a.speaker, 'Навоиуран');
  });
});

describe('Russian claims that open with a quoted name', () => {
  it('keep the opening quote mark before a cue after them', () => {
    assert.equal(by(ru('«Узавтосаноат» поднимет цены на машины, пишет Kun.uz.'), 'пишет').content, '«Узавтосаноат» поднимет цены на машины');
  });
});
