// "В министерстве утечку отрицают", "Банк утечку данных клиентов отрицает": what a denial denies may stand before the verb;
// "Родство с директором он не отрицал" concedes it and reports nothing.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian: a denial with its object before the verb', () => {
  it('a place, then the object, then the verb', () => {
    const a = by(ru('В министерстве утечку отрицают.'), 'отрицают');
    assert.equal(a.source, 'министерстве');
    assert.equal(a.content, 'утечку');
  });

  it('a subject, then the object with its genitives, then the verb', () => {
    const a = by(ru('Оператор утечку данных абонентов отрицает.'), 'отрицает');
    assert.equal(a.source, 'Оператор');
    assert.equal(a.content, 'утечку данных абонентов');
    assert.equal(by(ru('Сам депутат свою вину отрицает.'), 'отрицает').content, 'свою вину');
  });

  it('reports nothing after "не", where it concedes', () => {
    assert.equal(ru('Родство с директором он не отрицал.').length, 0);
  });
});
