// A company the article named as «Name» after a company word ("сервис доставки
// «Корзинка рядом»", "маркетплейс «Лавка»"): later "в компании", "в сервисе",
// its name in another case («Корзинки рядом», «в „Лавке“») and "Там" are that company.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

const INTRO = 'Данные покупателей сервиса доставки цветов «Букет за час» оказались в открытом доступе, сообщил портал «Цифровой контроль». ';

describe('Russian companies named by a quoted name', () => {
  it('"в компании", "в сервисе" after "сервис доставки «X»" are X', () => {
    assert.equal(by(ru(INTRO + 'В компании факт утечки подтвердили.'), 'подтвердили').speaker, 'Букет за час');
    assert.equal(by(ru(INTRO + 'В сервисе заявили, что пароли не пострадали.'), 'заявили').speaker, 'Букет за час');
  });

  it('the name in another case is the name as introduced: "в заявлении «Букета за час»", "в «Букете за час»"', () => {
    const said = by(ru(INTRO + '«Это старая база», — говорится в заявлении «Букета за час».'), 'говорится в');
    assert.equal(said.speaker, 'Букет за час');
    assert.equal(said.content, 'Это старая база');
    const advised = by(ru(INTRO + 'В «Букете за час» покупателям посоветовали сменить пароли.'), 'посоветовали');
    assert.equal(advised.speaker, 'Букет за час');
    assert.equal(advised.source, '«Букете за час»');
    assert.equal(advised.content, 'сменить пароли');
  });

  it('one quoted word after "в" is put in the nominative: "В «Газпроме» заявили" is Газпром', () => {
    const a = by(ru('В «Газпроме» заявили, что поставки продолжатся.'), 'заявили');
    assert.equal(a.speaker, 'Газпром');
    assert.equal(a.grade, 'organization');
  });

  it('a sentence pointing back with "Там" after the company spoke is the company', () => {
    const list = ru(INTRO + 'В компании факт утечки подтвердили. Там также уверяют, что платежные данные не пострадали.');
    assert.equal(by(list, 'уверяют').speaker, 'Букет за час');
  });

  it('"в сервисе" is no other kind of company: after only "банк «X»" it stays unnamed by X', () => {
    const a = by(ru('Клиенты банка «Восход» пожаловались на сбой. В сервисе такси заявили, что сбой устранен.'), 'заявили');
    assert.notEqual(a.speaker, 'Восход');
  });

  it('a label after a verb is no company name: "сервис назвал ее «ошибочной»"', () => {
    const list = ru('Сервис назвал проверку «ошибочной». В компании заявили, что обжалуют штраф.');
    assert.notEqual(by(list, 'заявили').speaker, 'ошибочной');
  });
});

describe('Russian: a body\'s noun after a prefix of its trade', () => {
  it('"В энергокомпании «Светлый ток» объяснили …" is that company', () => {
    const a = by(ru('В энергокомпании «Светлый ток» заявили, что свет вернут к вечеру.'), 'заявили');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'энергокомпания «Светлый ток»');
  });

  it('"по данным нефтекомпании" after "нефтекомпания «Восток-Ойл»" is that company', () => {
    const list = ru('Нефтекомпания «Восток-Ойл» сократила добычу. По данным нефтекомпании, спрос упал на 10%.');
    assert.equal(by(list, 'По данным').speaker, 'Восток-Ойл');
  });
});

describe('Russian: analysts of a named firm speak for the firm', () => {
  it('"По оценке аналитиков Halyk Finance" is the firm, named', () => {
    const a = by(ru('По оценке аналитиков Halyk Finance, компания может привлечь 10 млрд тенге.'), 'По оценке');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Halyk Finance');
  });

  it('"Аналитики «Финама» ожидают", "экономисты Сбербанка считают"', () => {
    const a = by(ru('Аналитики «Финама» ожидают, что ставка останется прежней.'), 'ожидают');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Финам');
    assert.equal(by(ru('Экономисты Сбербанка считают, что инфляция замедлится.'), 'считают').kind, 'named');
  });

  it('analysts of no one named stay an unnamed group: "аналитики рынка", "аналитики банков"', () => {
    assert.equal(by(ru('Аналитики рынка недвижимости считают, что спрос упадёт.'), 'считают').kind, 'anonymous');
    assert.equal(by(ru('Аналитики крупных банков ожидают, что ставку снизят.'), 'ожидают').kind, 'anonymous');
  });
});

describe('Russian: more ways a company is introduced', () => {
  it('"Сеть пекарен «Горячий хлеб» подала иск. Компания требует …": a chain named in quotes is the company', () => {
    const a = by(ru('Сеть пекарен «Горячий хлеб» подала иск к блогеру. Компания требует удалить ролик.'), 'требует');
    assert.equal(a.speaker, 'Горячий хлеб');
  });

  it('"автопроизводитель Kanemori Motors … компания объявила": a maker with a Latin name', () => {
    const a = by(ru('Японский автопроизводитель Taniguchi Motors ведёт переговоры о заводе. В прошлом году компания объявила, что перейдёт на электромобили.'), 'объявила');
    assert.equal(a.speaker, 'Taniguchi Motors');
  });

  it('"застройщик «Северный квартал» … в компании заверили"', () => {
    const a = by(ru('Дом строит застройщик «Северный квартал». В компании заверили, что сдадут его в срок.'), 'заверили');
    assert.equal(a.speaker, 'Северный квартал');
  });
});

describe('Russian: reporters of a named outlet report for it', () => {
  it('"Журналисты «Фонтанки» выяснили", "Как выяснили журналисты «Фонтанки»" are the outlet, named', () => {
    const a = by(ru('Журналисты «Фонтанки» выяснили, что компания принадлежит родственнику чиновника.'), 'выяснили');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Фонтанка');
    assert.equal(by(ru('Как выяснили журналисты «Фонтанки», компания принадлежит родственнику чиновника.'), 'Как выяснили').kind, 'named');
  });

  it('journalists of no outlet stay an unnamed group', () => {
    assert.equal(by(ru('Журналисты выяснили, что компания принадлежит родственнику чиновника.'), 'выяснили').kind, 'anonymous');
  });
});

describe('Russian: analysts of a firm named after a company word', () => {
  it('"Аналитики банка «Открытие» ожидают", "Экономисты компании «Финам» считают" are the firm', () => {
    const a = by(ru('Аналитики банка «Открытие» ожидают, что ставка останется без изменений.'), 'ожидают');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Открытие');
    assert.equal(by(ru('Экономисты компании «Финам» считают, что рубль ослабнет.'), 'считают').speaker, 'Финам');
  });

  it('"Аналитики банков" name no firm', () => {
    assert.equal(by(ru('Аналитики банков считают, что ставка снизится.'), 'считают').kind, 'anonymous');
  });
});

describe('Russian: company forms of Kyrgyzstan, Kazakhstan, Uzbekistan and Belarus', () => {
  it('"ОсОО «Тянь-Шань Голд» … В компании заявили" is that company', () => {
    const a = by(ru('Рудником владеет ОсОО «Алтын-Тоо Майнинг». В компании заявили, что зарплата выше средней.'), 'заявили');
    assert.equal(a.speaker, 'Алтын-Тоо Майнинг');
  });
});
