// Russian headlines: a title alone in a headline ("…, заявил губернатор") is the
// person the article then introduces with that title. Every sentence here is
// written for these tests.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian headlines: a bare title resolved by the body', () => {
  it('"…, заявил губернатор" in the headline is the governor the lead names', () => {
    const text = 'Новый мост через Оку откроют к августу, заявил губернатор\n\nРЯЗАНЬ, 3 марта. Движение по новому мосту запустят не позднее августа. Об этом сообщил губернатор Рязанской области Павел Малков.';
    const a = by(ru(text), 'заявил');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Павел Малков');
  });

  it('a title with an owner ("Адвокат фермера назвала …") is the lawyer introduced below', () => {
    const text = 'Адвокат фермера назвала приговор «слишком суровым»\n\nСуд в Тамбове приговорил фермера Олега Жукова к трём годам условно. «Мы будем обжаловать это решение», — сказала адвокат Ирина Пахомова.';
    assert.equal(by(ru(text), 'назвала').speaker, 'Ирина Пахомова');
  });

  it('a person with another title is no match: the minister is not the governor', () => {
    const text = 'Тарифы на проезд не вырастут, заявил министр\n\nПЕНЗА, 5 мая. Губернатор Пензенской области Олег Мельников провёл совещание по транспорту.';
    assert.notEqual(by(ru(text), 'заявил').speaker, 'Олег Мельников');
  });

  it('a title inside the body is left to the text before it, not the text after', () => {
    const text = 'Движение по мосту откроют к лету. Губернатор заявил, что работы идут по графику. Позже губернатор Рязанской области Павел Малков приехал на стройку.';
    assert.notEqual(by(ru(text), 'заявил').speaker, 'Павел Малков');
  });
});

describe('Russian headlines: the first one the body gives the title', () => {
  it('an earlier holder of the title whose first name the lexicons lack is not skipped for a later one', () => {
    const text = 'Хозяева обыграли лидера, тренер назвал победу «выстраданной»\n\n«Мы выстрадали эту победу», — сказал главный тренер «Ястреба» Фаррух Юлдашев. ' +
      'Тренер гостей Виктор Рябов остался недоволен судейством.';
    assert.notEqual(by(ru(text), 'назвал').speaker, 'Виктор Рябов');
  });
});

describe('Russian headlines: "claim — source"', () => {
  it('"… может построить завод — СМИ": the media report the headline\'s claim', () => {
    const list = ru('Корейская Hanbit может построить завод в Навои — СМИ\n\nКорейский производитель ведёт переговоры о заводе.');
    const a = by(list, '—');
    assert.equal(a.source, 'СМИ');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.content, 'Корейская Hanbit может построить завод в Навои');
  });

  it('"— Минтруд", "— мэрия", "— источник": a body, a place of power, an unnamed source', () => {
    assert.equal(by(ru('Пенсии проиндексируют на 7,5% — Минтруд\n\nИндексация пройдёт в январе.'), '—').kind, 'named');
    assert.equal(by(ru('Мост через Обь закроют до весны — мэрия\n\nДвижение ограничат с понедельника.'), '—').kind, 'named');
    assert.equal(by(ru('Сделка по продаже завода сорвалась — источник\n\nПокупатель отказался в последний момент.'), '—').kind, 'anonymous');
  });

  it('"— Песков" is the person the body names in full', () => {
    const a = by(ru('Переговоры с Киевом зашли в тупик — Песков\n\nПресс-секретарь президента Дмитрий Песков заявил журналистам, что позиции сторон далеки.'), '—');
    assert.equal(a.speaker, 'Дмитрий Песков');
  });

  it('a dash before no source reports nothing: "— фоторепортаж", "— 2026", and no claim without a verb', () => {
    assert.equal(ru('Ураган в Приморье — фоторепортаж\n\nВетер повалил деревья.').length, 0);
    assert.equal(ru('Кубок России — 2026\n\nЖеребьёвка прошла в Москве.').length, 0);
    assert.equal(ru('Новый сезон в Большом театре — Минкультуры\n\nСезон откроется в сентябре.').length, 0);
  });

  it('only in a headline: a dash closing a sentence of the body is left alone', () => {
    assert.equal(ru('Первый абзац статьи.\n\nЗавод закроют до весны — мэрия.').filter((x) => x.cue === '—').length, 0);
  });
});
