// "в Нацполиции", "Нацполиция Украины": the short name the press gives Ukraine's national police is spelt out.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian short name of the national police', () => {
  it('a place', () => {
    assert.equal(by(ru('В Нацполиции уточнили, что угнанный автомобиль нашли в Житомире.'), 'уточнили').speaker, 'Национальная полиция Украины');
  });
  it('with the country, in the genitive', () => {
    assert.equal(by(ru('По данным Нацполиции Украины, за неделю задержаны пятеро.'), 'По данным').speaker, 'Национальная полиция Украины');
  });
});
