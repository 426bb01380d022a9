// "областное министерство транспорта", "Краевой минЖКХ": a region's own ministry is named with the region the article is about.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian regional ministries', () => {
  it('"областного министерства" takes the article\'s область', () => {
    const list = ru('Паводок затопил три села Северной области. В пресс-службе областного министерства здравоохранения сообщили, что пострадавших нет.');
    assert.equal(by(list, 'сообщили').speaker, 'министерство здравоохранения Северной области');
  });

  it('"Краевой мин" + acronym is spelt out with the article\'s край', () => {
    const list = ru('Жители Озёрска (Северский край) получили новые квитанции. Краевой минЖКХ обещает проверить начисления.');
    assert.equal(by(list, 'обещает').speaker, 'министерство ЖКХ Северского края');
  });

  it('with no region of that level in the article the words stay as written', () => {
    assert.equal(by(ru('В областном министерстве транспорта уточнили, что ремонт закончится в мае.'), 'уточнили').speaker, 'областное министерство транспорта');
  });
});
