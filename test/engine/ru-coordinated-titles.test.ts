// "Мэр города Анатолий Рожков и губернатор Андрей Лыткин обсудили …": each title belongs to the name right after it,
// so "по словам мэра" later is the mayor, not the governor named last.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian: two titled names joined by "и"', () => {
  it('a later bare title finds the one who was given it', () => {
    const list = ru('Мэр Камышина Анатолий Рожков и губернатор Андрей Лыткин обсудили строительство моста. По словам мэра, работы завершатся в июне. Губернатор уточнил, что денег хватит.');
    assert.equal(by(list, 'По словам').speaker, 'Анатолий Рожков');
    assert.equal(by(list, 'уточнил').speaker, 'Андрей Лыткин');
  });

  it('the same with a comma-free list of a minister and a deputy minister', () => {
    const list = ru('Министр Олег Жуков и депутат Вера Лосева провели прием граждан. Как отметил министр, жалоб стало меньше.');
    assert.equal(by(list, 'Как отметил').speaker, 'Олег Жуков');
  });
});
