// Interview answers: "— Я думаю, …" after a question is the person interviewed speaking.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

const interview = [
  'Тренер юношеской сборной Айдар Жумабеков: «Нам нужен свой стадион»',
  'Наш корреспондент поговорил с тренером о подготовке к турниру.',
  '— Когда команда начнет сборы?',
  '— Я думаю, что в начале марта. Половина игроков еще на каникулах.',
  '— А как со стадионом?',
  '— Я уже говорил, что поле в Таразе не готово к зиме.',
].join('\n\n');

describe('Russian first person in interview answers', () => {
  it('"— Я думаю, что …" is the interviewee\'s view', () => {
    const a = by(ru(interview), 'думаю');
    assert.equal(a.source, 'Я');
    assert.equal(a.speaker, 'Айдар Жумабеков');
    assert.equal(a.kind, 'named');
    assert.equal(a.content, 'в начале марта');
  });

  it('"Я уже говорил, что …" too', () => {
    assert.equal(by(ru(interview), 'говорил').content, 'поле в Таразе не готово к зиме');
  });

  it('outside an interview "я" reports nothing', () => {
    assert.equal(ru('Я думаю, что в начале марта команда начнет сборы.').length, 0);
    assert.equal(ru('Тренер Айдар Жумабеков рассказал о сборах.\n\n— Я думаю, что в начале марта.').filter((x) => x.cue === 'думаю').length, 0);
  });
});

describe('Russian "мои / наши" people in someone\'s words', () => {
  it('"Мои сотрудники говорят" is an unnamed group, not an organization', () => {
    const a = by(ru('Мои сотрудники говорят, что готовы работать и за меньшую зарплату.'), 'говорят');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.source, 'Мои сотрудники');
  });
});
