// "обратила внимание, что …": drawing attention to a claim reports it; drawing attention to a thing does not.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian "обратить внимание"', () => {
  it('"обратил внимание, что …" reports the что-clause, with "внимание" in the cue', () => {
    const a = by(ru('Экономист Игорь Садыков обратил внимание, что кредиты дорожают третий месяц подряд.'), 'обратил внимание');
    assert.equal(a.source, 'Экономист Игорь Садыков');
    assert.equal(a.content, 'кредиты дорожают третий месяц подряд');
  });

  it('so does "обращает внимание на то, что …"', () => {
    assert.equal(by(ru('Садыков обращает внимание на то, что спрос на жильё падает.'), 'обращает внимание').content, 'спрос на жильё падает');
  });

  it('attention drawn to a thing reports nothing', () => {
    assert.equal(ru('Губернатор обратил внимание на состояние дорог в области.').length, 0);
  });
});
