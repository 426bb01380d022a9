// "ограничился словами о том, что …": saying little is still saying; "ограничили движение" is not.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian "ограничиться словами / комментарием"', () => {
  it('reports the что-clause after "словами о том"', () => {
    const a = by(ru('Аким района ограничился словами о том, что дороги расчищают.'), 'ограничился');
    assert.equal(a.source, 'Аким района');
    assert.equal(a.content, 'дороги расчищают');
  });

  it('reports a quote after an adjective and a colon', () => {
    const a = by(ru('Представитель банка Жанна Омарова ограничилась кратким комментарием: «Мы изучаем ситуацию».'), 'ограничилась');
    assert.equal(a.speaker, 'Жанна Омарова');
    assert.equal(a.content, 'Мы изучаем ситуацию');
    assert.equal(a.direct, true);
  });

  it('reports nothing without what was said', () => {
    assert.equal(ru('Компания ограничилась общими словами и не ответила на вопросы.').length, 0);
    assert.equal(ru('Тренер ограничился словами благодарности болельщикам.').length, 0);
    assert.equal(ru('Полиция ограничила движение по проспекту.').length, 0);
  });

  it('leaves a statement that speaks after the colon to the statement', () => {
    const list = ru('Штаб ограничился коротким заявлением: в нем говорится, что учения завершены.');
    assert.equal(list.filter((x) => x.cue === 'ограничился').length, 0);
  });

  it('a light verb takes an adjective before its noun too', () => {
    assert.equal(by(ru('Премьер выступил с резким заявлением о том, что тарифы не вырастут.'), 'выступил').content, 'тарифы не вырастут');
  });
});
