// "Режиссёр Вера Галкина о премьере «Ветра»: «…»": a headline naming a person, what she speaks about, then her words.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian headlines with a topic before the quote', () => {
  it('the person before "о" speaks the quote after the colon', () => {
    const a = by(ru('Писательница Марина Лаврова о новой книге «Северный дом»: «Я писала её десять лет»\n\nКнига выходит в декабре.'), ':');
    assert.equal(a.source, 'Писательница Марина Лаврова');
    assert.equal(a.speaker, 'Марина Лаврова');
    assert.equal(a.content, 'Я писала её десять лет');
    assert.equal(a.direct, true);
  });

  it('a topic with no person before it speaks nothing', () => {
    assert.equal(ru('Доклад о реформе школ: «Мы не отступим»\n\nТекст статьи.').length, 0);
  });
});
