// Telegram (and YouTube) channels as sources, however the messenger is spelt:
// "Telegram-канал «…»", "телеграм-канал", "телеграмм-канал".
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian Telegram channels as sources', () => {
  it('"Telegram-канал «X» сообщил" in Latin letters is the outlet X, as the Cyrillic spelling is', () => {
    for (const noun of ['Telegram-канал', 'Телеграм-канал', 'Телеграмм-канал']) {
      const a = by(ru(`${noun} «Городские хроники» сообщил, что мост закроют на ремонт.`), 'сообщил');
      assert.equal(a.grade, 'media', noun);
      assert.equal(a.speaker, 'Городские хроники', noun);
      assert.equal(a.content, 'мост закроют на ремонт');
    }
  });

  it('an inverted channel after the claim, with a time between: "…, сообщил в среду Telegram-канал «X»"', () => {
    const list = ru('Из базы утекли адреса покупателей, сообщил в среду Telegram-канал «Сливы и базы». По словам его авторов, записей больше миллиона.');
    const a = by(list, 'сообщил');
    assert.equal(a.speaker, 'Сливы и базы');
    assert.equal(a.content, 'Из базы утекли адреса покупателей');
    assert.equal(by(list, 'По словам').speaker, 'Сливы и базы');
  });

  it('a channel named without quotes: "Telegram-канал Shot пишет"', () => {
    const a = by(ru('Telegram-канал Shot пишет, что задержаны трое подростков.'), 'пишет');
    assert.equal(a.speaker, 'Shot');
    assert.equal(a.grade, 'media');
  });

  it('"в Telegram-каналах пишут" is a vague group, no outlet', () => {
    const a = by(ru('В Telegram-каналах пишут, что губернатор уходит в отставку.'), 'пишут');
    assert.equal(a.kind, 'anonymous');
  });
});

describe('Russian telegram channels as a place of many', () => {
  it('"В Telegram-каналах пишут" after an outlet spoke is an unnamed group, not that outlet', () => {
    const list = ru('Как сообщает «Вестник-24» со ссылкой на собственные источники, следствие изучает записи камер.\n\nВ Telegram-каналах пишут, что удостоверения могут аннулировать.');
    const a = by(list, 'пишут');
    assert.equal(a.kind, 'anonymous');
  });
});
