// A one-word outlet name in quotation marks, in an oblique case after a frame
// ("стало известно «Спорт-Экспрессу»", "по данным «Спорт-Экспресса»"), is named
// in the nominative.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian quoted outlet names in an oblique case', () => {
  it('the dative and the genitive of a masculine name', () => {
    assert.equal(by(ru('Как стало известно «Футбол-Экспрессу», нападающий уходит в «Ротор».'), 'Как стало известно').speaker, 'Футбол-Экспресс');
    assert.equal(by(ru('По данным «Футбол-Экспресса», нападающий уходит в «Ротор».'), 'По данным').speaker, 'Футбол-Экспресс');
  });

  it('an adjective and a noun in the dative, the genitive, the genitive plural', () => {
    assert.equal(by(ru('Как стало известно «Озерской звезде», мост закроют.'), 'Как стало известно').speaker, 'Озерская звезда');
    assert.equal(by(ru('По информации «Вечерней почты», мост закроют.'), 'По информации').speaker, 'Вечерняя почта');
    assert.equal(by(ru('Мэр, как передает корреспондент «Тверских новостей», ушел от ответа.'), 'как передает').speaker, 'Тверские новости');
  });

  it('the title as the article named it before, when the endings cannot tell («Светской кухни» → Светская кухня)', () => {
    const list = ru('Как утверждает телеграм-канал «Ночная кухня», пара развелась. По информации «Ночной кухни», клип выйдет в мае.');
    assert.equal(by(list, 'По информации').speaker, 'Ночная кухня');
  });

  it('a title beside an outlet noun stays as written: "газета «Новые известия»"', () => {
    assert.equal(by(ru('Как пишет газета «Новые вести», мост закроют.'), 'Как пишет').speaker, 'Новые вести');
  });

  it('a feminine name keeps its own ending in the nominative', () => {
    assert.equal(by(ru('Мост закроют на ремонт, пишет «Фонтанка».'), 'пишет').speaker, 'Фонтанка');
  });
});

describe('Russian quoted names: a noun in -ом is no adjective', () => {
  it('"Как сообщили в «Газпром нефти»" keeps «Газпром», not an adjective made of it', () => {
    const a = by(ru('Как сообщили в «Газпром нефти», добыча выросла.'), 'Как сообщили');
    assert.ok(!/Газпрый/.test(a.speaker ?? ''), a.speaker ?? '');
  });
});

describe('Russian quoted names: one-word titles in an oblique case', () => {
  it('"корреспондент «Спорт-Экспресса»", "корреспондент «Вестей»", "по данным «Новостей»": the title in the nominative', () => {
    assert.equal(by(ru('Как сообщает корреспондент «Спорт-Экспресса», матч перенесен.'), 'Как сообщает').speaker, 'Спорт-Экспресс');
    assert.equal(by(ru('Как передает корреспондент «Вестей», у здания собрались люди.'), 'Как передает').speaker, 'Вести');
    assert.equal(by(ru('По данным «Новостей», сделка сорвалась.'), 'По данным').speaker, 'Новости');
  });
});

describe('Russian quoted words in lower case are no title', () => {
  it('"что инструктор прямо предлагал ей «решить вопрос» за деньги": the quote is no source, the claim stays whole', () => {
    const list = ru('Курсантка рассказала, что инструктор прямо предлагал ей «решить вопрос с площадкой» за деньги.');
    assert.equal(list.filter((x) => x.source === '«решить вопрос с площадкой»').length, 0);
    assert.equal(by(list, 'рассказала').content, 'инструктор прямо предлагал ей «решить вопрос с площадкой» за деньги');
  });
});
