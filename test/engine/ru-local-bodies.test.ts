// A local body named by its level alone: "городская администрация" in a report
// from one town is that town's administration; "администрация округа" after
// "Верхнедольского округа" is that district's.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian local bodies named by their level', () => {
  it('"пресс-служба городской администрации" under a dateline is the town\'s administration', () => {
    const list = ru('КОСТРОМА, 3 марта. Движение по мосту закрыто на неделю. Об этом сообщили в пресс-службе городской администрации.');
    assert.equal(by(list, 'сообщили').speaker, 'администрация Костромы');
  });

  it('"в городской администрации" after "в Тобольске"', () => {
    const list = ru('Мост в Тобольске закрыт на ремонт. В городской администрации заявили, что работы начнут весной.');
    assert.equal(by(list, 'заявили').speaker, 'администрация Тобольска');
  });

  it('"В администрации района" after "Глава Северного района …"', () => {
    const list = ru('Глава Северного района Олег Пахомов сообщил о паводке. В администрации района попросили жителей не выходить к реке.');
    assert.equal(by(list, 'попросили').speaker, 'администрация Северного района');
  });

  it('"пресс-служба районной администрации" after "заместитель главы Озерного района" is that district\'s', () => {
    const list = ru('Заместитель главы Озерного района Иван Котов уволен. В пресс-службе районной администрации отметили, что проверка продолжается.');
    assert.equal(by(list, 'отметили').speaker, 'администрация Озерного района');
  });

  it('"в областной администрации" after "в Северной области"', () => {
    const list = ru('Паводок в Северной области подтопил три села. В областной администрации заявили, что помощь уже выделена.');
    assert.equal(by(list, 'заявили').speaker, 'администрация Северной области');
  });

  it('"районная администрация" with no district named stays as written', () => {
    assert.equal(by(ru('В районной администрации заявили, что работы начнут весной.'), 'заявили').speaker, 'районная администрация');
  });

  it('with no town in the text it stays as written', () => {
    assert.equal(by(ru('В городской администрации заявили, что работы начнут весной.'), 'заявили').speaker, 'городская администрация');
  });
});

describe('Russian: a federal body\'s regional office', () => {
  it('"По данным регионального ГУ МЧС" in a report from "Вологодской области" is ГУ МЧС по Вологодской области', () => {
    const list = ru('Паводок в Вологодской области подтопил три села. По данным регионального ГУ МЧС, эвакуированы 40 человек.');
    assert.equal(by(list, 'По данным').speaker, 'ГУ МЧС по Вологодской области');
  });

  it('"в региональном управлении СК" in a report from Бурятия, "Алтайского края"', () => {
    assert.equal(by(ru('В Бурятии утонул турист. Как уточнили в региональном управлении СК, возбуждено дело.'), 'Как уточнили').speaker, 'управление СК по Бурятии');
    assert.equal(by(ru('Пожар в Алтайском крае потушен. По данным регионального ГУ МЧС, пострадавших нет.'), 'По данным').speaker, 'ГУ МЧС по Алтайскому краю');
  });

  it('with no region named, it stays as written', () => {
    assert.equal(by(ru('По данным регионального ГУ МЧС, пострадавших нет.'), 'По данным').speaker, 'регионального ГУ МЧС');
  });
});


describe('Russian local bodies of Central Asia and Belarus', () => {
  it('"В акимате Коктерекского района сообщили", "в хокимияте Ташкента заявили": local administrations speak', () => {
    const a = by(ru('В акимате Жанаозенского района сообщили, что трассу расчистят к вечеру.'), 'сообщили');
    assert.equal(a.kind, 'named');
    assert.equal(a.source, 'акимате Жанаозенского района');
    assert.equal(a.content, 'трассу расчистят к вечеру');
    assert.equal(by(ru('В хокимияте Самарканда заявили, что рынок перенесут.'), 'заявили').kind, 'named');
    assert.equal(by(ru('Как пояснили в райисполкоме, дорогу отремонтируют летом.'), 'Как пояснили').kind, 'named');
  });

  it('"Хоким области заявил" is one person, a title like "аким"', () => {
    const a = by(ru('Хоким Бухарской области заявил, что хлопок соберут к ноябрю.'), 'заявил');
    assert.equal(a.kind, 'named');
    assert.equal(a.content, 'хлопок соберут к ноябрю');
  });
});

describe('Russian: the authorities of a town with a mayor\'s office', () => {
  it('"Власти Томска призвали …" in an article that speaks of the мэрия is the мэрия of that town', () => {
    const list = ru('Власти Томска призвали жителей не выходить на лёд. В мэрии также пообещали установить знаки.');
    assert.equal(by(list, 'призвали').speaker, 'мэрия Томска');
  });

  it('"Власти Перу заявили" with no мэрия in the text stay the authorities as written', () => {
    assert.equal(by(ru('Власти Перу заявили, что граница закрыта.'), 'заявили').speaker, 'Власти Перу');
    assert.notEqual(by(ru('Власти Японии заявили, что вода безопасна. В мэрии Токио это подтвердили.'), 'заявили').speaker, 'мэрия Японии');
  });
});

describe('Russian: bare "власти" right after a body of power spoke', () => {
  it('"В хокимияте Самарканда опровергли …. Власти также рекомендовали …" is that хокимият', () => {
    const list = ru('В хокимияте Самарканда опровергли, что котельные работают без разрешения. Власти также рекомендовали жителям не выходить на улицу.');
    assert.equal(by(list, 'рекомендовали').speaker, 'хокимият Самарканда');
  });

  it('bare "Власти" with no body before stay an unnamed group', () => {
    assert.equal(by(ru('Власти рекомендовали жителям не выходить на улицу.'), 'рекомендовали').kind, 'anonymous');
  });
});
