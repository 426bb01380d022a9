// Several holders of a title ("Вице-министры заявили"), a demonstrative pointing back after a frame
// ("по словам того"), and analysts whose verb agrees with them, not with their firm.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian plural titles and pointing demonstratives', () => {
  it('"Вице-министры заявили" is an unnamed group', () => {
    const a = by(ru('Вице-министры заявили, что реформа пенсий будет завершена к 2027 году.'), 'заявили');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.source, 'Вице-министры');
    assert.equal(by(ru('По словам министров, бюджет будет исполнен.'), 'По словам').kind, 'anonymous');
  });

  it('titles that name one person each for a country stay named', () => {
    const a = by(ru('Министры иностранных дел Армении и Грузии заявили, что переговоры продолжатся.'), 'заявили');
    assert.equal(a.kind, 'named');
  });

  it('"По словам того, …" and "по словам последнего" mean the person named before', () => {
    assert.equal(by(ru('Эксперт Марат Сейтказиев не согласен с прогнозом. По словам того, цены вырастут еще на 5 процентов.'), 'По словам').speaker, 'Марат Сейтказиев');
    assert.equal(by(ru('Аким встретился с фермером Иваном Котовым. По словам последнего, урожай погиб.'), 'По словам').speaker, 'Иван Котов');
  });

  it('analysts of a firm speak for it in the singular', () => {
    assert.equal(by(ru('Аналитики Евразийского банка развития считают, что инфляция снизится.'), 'считают').speaker, 'Евразийский банк развития');
  });
});
