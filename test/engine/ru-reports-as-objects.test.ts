// "В МИД сообщения СМИ назвали преждевременными": reports are the object; the place speaks.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian reports as the object of a judging verb', () => {
  it('"В МИД Таджикистана сообщения СМИ назвали «слухами»" is the ministry', () => {
    const a = by(ru('В МИД Таджикистана сообщения СМИ назвали «слухами».'), 'назвали');
    assert.equal(a.speaker, 'МИД Таджикистана');
  });

  it('"Министр сообщения" is a title with its field, not reports', () => {
    const a = by(ru('Министр сообщения Эстонии Андрес Лаур подтвердил, что проект получен.'), 'подтвердил');
    assert.equal(a.speaker, 'Андрес Лаур');
  });
});

describe('Russian rumours before a negated verb', () => {
  it('"слухи о переходе не комментируют": the rumour ends before "не"', () => {
    const a = by(ru('В пресс-службе «Кайрата» слухи о переходе не комментируют.'), 'слухи');
    assert.equal(a.content, 'о переходе');
  });
});
