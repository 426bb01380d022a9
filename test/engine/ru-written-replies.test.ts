// "говорится в ответе министерства": a body's written reply speaks for the body, and a later "ведомство" means it.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian: a written reply as the document a claim is in', () => {
  it('the reply\'s owner speaks', () => {
    const list = ru('Жители пожаловались на счета. «Рост — это ошибка», — говорится в ответе министерства. Ведомство пообещало, что жителям сделают перерасчет.');
    assert.equal(by(list, 'говорится в').speaker, 'министерство');
    assert.equal(by(list, 'пообещало').speaker, 'министерство');
  });

  it('a named owner in the genitive, in the nominative', () => {
    assert.equal(by(ru('Как говорится в ответе Минфина, налог не изменится.'), 'Как говорится в').speaker, 'Минфин');
  });
});
