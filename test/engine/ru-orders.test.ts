// Orders as reports: "распорядилась «…»", "распорядился закрыть …", "велел
// …", "приказал, чтобы …" — the order is the claim; disposing of a thing
// ("распорядился деньгами") is none.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian orders', () => {
  it('the order in quotation marks, inside someone else\'s account', () => {
    const list = ru('По словам водителя, начальник колонны Нина Грошева распорядилась «ехать без остановок».');
    const a = by(list, 'распорядилась');
    assert.equal(a.speaker, 'Нина Грошева');
    assert.equal(a.content, 'ехать без остановок');
    assert.equal(a.direct, true);
  });

  it('an infinitive, past an addressee, or a чтобы-clause', () => {
    assert.equal(by(ru('Мэр распорядился закрыть рынок до понедельника.'), 'распорядился').content, 'закрыть рынок до понедельника');
    assert.equal(by(ru('Директор велел рабочим не выходить на крышу.'), 'велел').content, 'рабочим не выходить на крышу');
    assert.equal(by(ru('Губернатор приказал, чтобы школы перевели на дистанционное обучение.'), 'приказал').content, 'школы перевели на дистанционное обучение');
  });

  it('disposing of a thing is no order', () => {
    assert.equal(ru('Наследник распорядился деньгами по-своему.').length, 0);
  });
});
