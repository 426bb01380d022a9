// An aside between a subject and its predicate: "Министр, как сообщается, заявил …" (a hedge set off by commas),
// "Глава ведомства, по его словам, …" (the possessive is the subject's own).
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian asides between subject and predicate', () => {
  it('reads the subject across a hedge set off by commas', () => {
    const a = by(ru('Министр энергетики, как сообщается, заявил, что тарифы заморозят до весны.'), 'заявил');
    assert.equal(a.source, 'Министр энергетики');
    assert.equal(a.content, 'тарифы заморозят до весны');
    assert.equal(by(ru('Компания, по неофициальной информации, сообщила, что сокращений не будет.'), 'сообщила').source, 'Компания');
  });

  it('gives "по его словам" right after a subject to that subject', () => {
    const list = ru('Аким района Ерлан Сапаров провёл совещание. Директор школы, по ее словам, не получала никаких предписаний. Спасатели, по их словам, работали всю ночь.');
    assert.equal(by(list, 'по ее словам').speaker, 'Директор школы');
    assert.equal(by(list, 'по их словам').speaker, 'Спасатели');
    // (An adverb opening the clause is no subject: the pronoun is the man named before.)
    assert.equal(by(ru('Аким района Ерлан Сапаров провёл совещание. Вчера, по его словам, всё было спокойно.'), 'по его словам').speaker, 'Ерлан Сапаров');
  });
});
