// An outlet closing an inverted source after a person ("— сказал эксперт
// «Вестник-Инфо»", "— рассказал Петров «Коммерсанту»") is whom the person told,
// not part of the source; a press worker's outlet ("корреспондент «X»") stays his.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian: an outlet after an inverted person is the addressee', () => {
  const intro = 'Запись опубликовал портал «Вестник-Инфо». Социолог Антон Ремизов считает, что скандал навредит мэру. ';

  it('"— сказал эксперт «Вестник-Инфо»": the expert, who is the sociologist who just spoke', () => {
    const a = by(ru(intro + '«Избиратели это запомнят», — сказал эксперт «Вестник-Инфо».'), 'сказал');
    assert.equal(a.source, 'эксперт');
    assert.equal(a.speaker, 'Антон Ремизов');
  });

  it('"— рассказал Петров «Коммерсанту»": a surname and a listed outlet in the dative', () => {
    const a = by(ru('Депутат Олег Петров недоволен. «Это ошибка», — рассказал Петров «Коммерсанту».'), 'рассказал');
    assert.equal(a.source, 'Петров');
    assert.equal(a.speaker, 'Олег Петров');
  });

  it('"— сказал корреспондент «Вестник-Инфо»": a press worker speaks for his outlet', () => {
    const a = by(ru(intro + '«Запись подлинная», — сказал корреспондент «Вестник-Инфо».'), 'сказал');
    assert.equal(a.speaker, 'Вестник-Инфо');
  });

  it('"— рассказал изданию «Ночной город» инсайдер …": the title after the addressee noun is the addressee\'s', () => {
    const a = by(ru('«Они расстались», — рассказал изданию «Ночной город» инсайдер из окружения певицы.'), 'рассказал изданию «Ночной город»');
    assert.equal(a.source, 'инсайдер из окружения певицы');
    assert.equal(a.kind, 'anonymous');
  });

  it('"Как рассказала «Вечерней Казани» член палаты Анна Белова": a quoted title in the dative before the person is the addressee', () => {
    const a = by(ru('Как рассказала «Вечерней Казани» член Общественной палаты Анна Белова, закон вступит в силу в марте.'), 'Как рассказала «Вечерней Казани»');
    assert.equal(a.source, 'член Общественной палаты Анна Белова');
    const b = by(ru('«Мост закроют», — сообщил «Озерской газете» источник в мэрии.'), 'сообщил «Озерской газете»');
    assert.equal(b.kind, 'anonymous');
  });

  it('"Как сообщает «Фонтанка» со ссылкой на источник": the outlet stays the source', () => {
    assert.equal(by(ru('Как сообщает «Фонтанка» со ссылкой на источник, мост закроют.'), 'Как сообщает').speaker, 'Фонтанка');
  });

  it('"рассказала «Вечерней Казани» о новом сезоне": the title in the dative before the о-phrase is no part of the claim', () => {
    assert.equal(by(ru('Директор театра Ирина Соколова рассказала «Озерской газете» о новом сезоне.'), 'рассказала').content, 'о новом сезоне');
  });

  it('a quoted name the article never called an outlet stays in the source', () => {
    const a = by(ru('«Цены вырастут», — сказал аналитик «Альфа Капитал».'), 'сказал');
    assert.equal(a.source, 'аналитик «Альфа Капитал»');
  });
});

describe('Russian: a site named by its domain as the addressee', () => {
  it('"Как рассказал 24.kg один из участников акции, …": the participant told the site', () => {
    const a = by(ru('Как рассказал 24.kg один из участников акции, люди требуют повысить зарплату.'), 'Как рассказал 24.kg');
    assert.equal(a.source, 'один из участников акции');
    assert.equal(a.kind, 'anonymous');
  });
});

describe('Russian: an unnamed inverted subject named in apposition', () => {
  it('"…, рассказал один из участников акции, проходчик Иван Петров." is Иван Петров', () => {
    const a = by(ru('Рабочие требуют повысить зарплату, рассказал один из участников акции, проходчик Иван Петров.'), 'рассказал');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Иван Петров');
  });

  it('with no name after the comma the participant stays unnamed', () => {
    assert.equal(by(ru('Рабочие требуют повысить зарплату, рассказал один из участников акции.'), 'рассказал').kind, 'anonymous');
  });
});
