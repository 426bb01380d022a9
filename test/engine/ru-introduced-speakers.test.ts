// A person introduced in one sentence and quoted in the next under a bare word
// ("X остался недоволен. «…», — заявил специалист") is that person, not the one
// who spoke last. Every sentence here is written for these tests.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian: a bare word after a quote means the person just introduced', () => {
  it('"Тренер гостей Олег Рябов остался недоволен. «…», — заявил специалист" is Рябов, not the coach quoted before', () => {
    const text = '«Мы заслужили эту победу», — сказал главный тренер «Ястреба» Павел Ковалёв. Наставник добавил, что команда устала. ' +
      'Тренер гостей Олег Рябов остался недоволен судейством. «Удаление было ошибкой», — заявил специалист.';
    const list = ru(text);
    assert.equal(by(list, 'добавил').speaker, 'Павел Ковалёв');
    assert.equal(by(list, 'заявил').speaker, 'Олег Рябов');
  });

  it('"…, — сказал эксперт" right after the expert spoke stays with him', () => {
    const text = 'Экономист Ирина Лебедева считает, что рубль укрепится. «Нефть дорожает», — сказала эксперт.';
    assert.equal(by(ru(text), 'сказала').speaker, 'Ирина Лебедева');
  });

  it('a person named only as the object of the sentence before is not the one introduced', () => {
    const text = '«Мы заслужили эту победу», — сказал главный тренер «Ястреба» Павел Ковалёв. Игроки поблагодарили болельщиков и капитана Олега Рябова. «Сезон ещё не окончен», — добавил специалист.';
    assert.equal(by(ru(text), 'добавил').speaker, 'Павел Ковалёв');
  });
});

describe('Russian: a person named inside a claim is not introduced', () => {
  it('"«…», — сказал X. Он напомнил, что Сидоров …. «…», — добавил политик" stays with X', () => {
    const text = '«Бюджет будет принят», — сказал депутат Павел Ковалёв. Он напомнил, что министр Олег Рябов приезжал в город весной. «Мы этого добьёмся», — добавил политик.';
    assert.equal(by(ru(text), 'добавил').speaker, 'Павел Ковалёв');
  });
});

describe('Russian: a person named inside a quote is not introduced', () => {
  it('"Политолог X считает, что …. «Рябов сам …», — сказал эксперт" is X', () => {
    const text = 'Политолог Игорь Седов считает, что скандал ударит по мэру. «Рябов сам назначал подрядчика, и горожане это помнят», — сказал эксперт.';
    assert.equal(by(ru(text), 'сказал').speaker, 'Игорь Седов');
  });
});

describe('Russian: a report inside another report names no speaker of the article', () => {
  it('"Он напомнил, что Рябов обещал деньги. «…», — добавил политик" is the one who reminded', () => {
    const text = '«Бюджет будет принят», — сказал депутат Павел Ковалёв. Он напомнил, что министр Олег Рябов обещал деньги ещё весной. «Мы этого добьёмся», — добавил политик.';
    const list = ru(text);
    assert.equal(by(list, 'обещал').speaker, 'Олег Рябов');
    assert.equal(by(list, 'добавил').speaker, 'Павел Ковалёв');
  });
});

describe('Russian: a report inside an interview answer names no speaker of the article', () => {
  it('"— …, а глава села Рябов уверял, что …" inside an answer: the next "— …, — подчеркнул учёный" is the one interviewed', () => {
    const text = 'Об этом рассказал гидролог Павел Ковалёв.\n\n— Воды хватит?\n\n— Нет, — говорит Ковалёв. — Сток падает.\n\n— А местные власти?\n\n— Глава села Олег Рябов уверял, что воды хватит всем. Он ошибся.\n\n— Что делать?\n\n— Считать воду честно, — подчеркнул учёный.';
    const list = ru(text);
    assert.equal(by(list, 'уверял').speaker, 'Олег Рябов');
    assert.equal(by(list, 'подчеркнул').speaker, 'Павел Ковалёв');
  });
});

describe('Russian: commentators are one trade', () => {
  it('"Экономист Олег Рябов прокомментировал решение ЦБ. По мнению аналитика, …" is Рябов', () => {
    const a = by(ru('Экономист Олег Рябов прокомментировал решение ЦБ. По мнению аналитика, ставка останется высокой.'), 'По мнению');
    assert.equal(a.speaker, 'Олег Рябов');
  });

  it('"Адвокат Олег Рябов … По мнению эксперта" is someone else', () => {
    const a = by(ru('Адвокат Олег Рябов подал жалобу. По мнению эксперта, суд её отклонит.'), 'По мнению');
    assert.notEqual(a.speaker, 'Олег Рябов');
  });
});
