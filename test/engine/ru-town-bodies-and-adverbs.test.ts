// "департамент полиции города" is the article's town's; an adverb in -но before the verb ends the subject.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian town bodies and adverbs before the verb', () => {
  it('"в департаменте полиции города" after "В Таразе …" is Тараз\'s', () => {
    const a = by(ru('В Таразе задержали угонщиков. Об этом сообщили в департаменте полиции города.'), 'сообщили');
    assert.equal(a.speaker, 'департамент полиции Тараза');
  });

  it('"Фермеры района давно жаловались" keeps "давно" out of the source', () => {
    assert.equal(by(ru('Фермеры района давно жаловались, что скот пропадает.'), 'жаловались').source, 'Фермеры района');
  });
});
