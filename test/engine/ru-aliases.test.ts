// One body under several names in one article ("Банк России" … "ЦБ" … "регулятор"):
// the speaker is the name the article used first, and "регулятор" points back to it.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian: one body under several names', () => {
  it('"ЦБ" after "Банк России" is Банк России; "Центробанк" first makes ЦБ Центробанк', () => {
    const list = ru('Банк России снизил ключевую ставку до 15%. По оценке ЦБ, инфляция замедляется.');
    assert.equal(by(list, 'По оценке').speaker, 'Банк России');
    const other = ru('Центробанк снизил ключевую ставку до 15%. По оценке ЦБ, инфляция замедляется.');
    assert.equal(by(other, 'По оценке').speaker, 'Центробанк');
  });

  it('"ЦБ" alone stays ЦБ', () => {
    assert.equal(by(ru('По оценке ЦБ, инфляция замедляется.'), 'По оценке').speaker, 'ЦБ');
  });

  it('"в пресс-релизе регулятора" is the regulator that spoke before', () => {
    const list = ru('По данным ЦБ, кредитование выросло на 2%. «Спрос остается высоким», — говорится в пресс-релизе регулятора.');
    assert.equal(by(list, 'говорится в').speaker, 'ЦБ');
    const named = ru('Банк России сохранил ставку. По оценке ЦБ, спрос охлаждается. «Мы видим первые признаки», — говорится в пресс-релизе регулятора.');
    assert.equal(by(named, 'говорится в').speaker, 'Банк России');
  });
});
