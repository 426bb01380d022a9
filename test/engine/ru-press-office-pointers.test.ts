// "В Роскомнадзоре сбой отрицают. «…», — заявили в пресс-службе ведомства. Там уточнили …": the press office of a word that
// points back ("ведомства", "министерства") speaks for the body that word means.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian: "пресс-служба ведомства" after a body spoke', () => {
  it('is that body, and "там" after it too', () => {
    const list = ru('В Роскомнадзоре сбой отрицают. «Сервисы работают штатно», — заявили в пресс-службе ведомства. Там уточнили, что проверка продолжается.');
    assert.equal(by(list, 'заявили').speaker, 'Роскомнадзор');
    assert.equal(by(list, 'уточнили').speaker, 'Роскомнадзор');
  });

  it('"пресс-служба министерства" after a ministry spoke', () => {
    const list = ru('В Минтрансе заявили, что тарифы не изменятся. Как уточнила пресс-служба министерства, решение принято до конца года.');
    assert.equal(by(list, 'Как уточнила').speaker, 'Минтранс');
  });
});
