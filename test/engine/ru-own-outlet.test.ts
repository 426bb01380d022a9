// "Как стало известно редакции": the outlet that publishes the article learnt it; and "…, как стало
// известно РБК." at the end of a sentence attributes the clause before it.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian "стало известно" with the outlet itself or at the end', () => {
  it('"Как стало известно редакции, …" is the outlet itself', () => {
    const a = by(ru('Как стало известно редакции, акимат отменил тендер на ремонт моста.'), 'Как стало известно');
    assert.equal(a.kind, 'named');
    assert.equal(a.source, 'редакции');
    assert.equal(a.speaker, 'редакция');
    assert.equal(a.content, 'акимат отменил тендер на ремонт моста');
  });

  it('"нашему изданию" and "Редакции стало известно, что …" too', () => {
    assert.equal(by(ru('Как стало известно нашему изданию, ректор подал в отставку.'), 'Как стало известно').source, 'нашему изданию');
    const a = by(ru('Редакции стало известно, что ректор подал в отставку.'), 'стало известно');
    assert.equal(a.speaker, 'редакция');
    assert.equal(a.content, 'ректор подал в отставку');
  });

  it('"…, как стало известно «Курсиву»." attributes the clause before', () => {
    const a = by(ru('Холдинг продает два элеватора в Костанае, как стало известно «Курсиву».'), 'как стало известно');
    assert.equal(a.speaker, 'Курсив');
    assert.equal(a.content, 'Холдинг продает два элеватора в Костанае');
  });

  it('a pointer in the next sentence takes that clause without the trailing cue', () => {
    const a = by(ru('Холдинг продает два элеватора в Костанае, как стало известно «Курсиву». Об этом рассказали два источника на рынке.'), 'рассказали');
    assert.equal(a.content, 'Холдинг продает два элеватора в Костанае');
  });
});
