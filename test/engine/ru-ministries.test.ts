// "В министерстве" after a ministry named by its short name in any role
// ("по запросу Минфина", "Минздрав рассматривает …") is that ministry.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian: a bare "министерство" after a ministry named by its short name', () => {
  it('in the genitive ("по запросу Минфина") or indeclinable ("в Минобороны")', () => {
    assert.equal(by(ru('Проверку начали по запросу Минфина. В министерстве сообщили, что итоги подведут в мае.'), 'сообщили').speaker, 'Минфин');
    assert.equal(by(ru('Приказ подписали в Минобороны. В министерстве заявили, что учения плановые.'), 'заявили').speaker, 'Минобороны');
  });

  it('as the subject of a verb that reports nothing ("Минздрав рассматривает …")', () => {
    const list = ru('Минздрав рассматривает новые правила диспансеризации. В министерстве пояснили, что решение примут осенью.');
    assert.equal(by(list, 'пояснили').speaker, 'Минздрав');
  });

  it('with no ministry named before it stays "министерство"', () => {
    assert.equal(by(ru('В министерстве заявили, что учения плановые.'), 'заявили').speaker, 'министерство');
  });
});

describe('Russian short ministries with a country after them', () => {
  it('"пресс-служба Минсельхоза Кыргызстана", "по данным Минтруда Казахстана": the ministry in the nominative', () => {
    assert.equal(by(ru('В пресс-службе Минсельхоза Кыргызстана сообщили, что прогноз уточнят.'), 'сообщили').speaker, 'Минсельхоз Кыргызстана');
    assert.equal(by(ru('По данным Минтруда Казахстана, безработица снизилась.'), 'По данным').speaker, 'Минтруд Казахстана');
  });
});
