// Women's words for members of the public ("соседка", "пассажирка") are unnamed sources, and a neighbour
// is never the woman who spoke just before.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian neighbours and women of the public', () => {
  it('"Ее соседка добавила" is an unnamed source', () => {
    const a = by(ru('Пенсионерка Гульнара Абдуллаева пожаловалась на холод. Ее соседка добавила, что в квартирах 12 градусов.'), 'добавила');
    assert.equal(a.kind, 'anonymous');
  });

  it('"Соседка добавила" is not the woman quoted before', () => {
    const a = by(ru('«В квартире холодно», — рассказала пенсионерка Гульнара Абдуллаева. Соседка добавила, что батареи едва теплые.'), 'добавила');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.speaker, 'Соседка');
  });

  it('"Пассажирка рейса рассказала" is an unnamed source', () => {
    assert.equal(by(ru('Пассажирка рейса рассказала, что самолет трясло полчаса.'), 'рассказала').kind, 'anonymous');
  });
});

describe('Russian women researchers', () => {
  it('"— призналась исследовательница" after a woman named is that woman', () => {
    const a = by(ru('По словам руководителя экспедиции Ольги Седовой, рачков нашли на глубине. «Мы не могли поверить», — призналась исследовательница.'), 'призналась');
    assert.equal(a.speaker, 'Ольга Седова');
  });
});
