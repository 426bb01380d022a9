// "жительница Каменского Валентина Бойко": "Валентина" may be a man's genitive, and a surname in -ко does not decline;
// a woman's title right before the name makes her a woman.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian ambiguous first names after a woman\'s title', () => {
  it('a woman\'s title before "Валентина" + an invariant surname makes her a woman, whom "она" then means', () => {
    const list = ru('Адвокат Анна Петрова заявила, что суд ошибся. Одна из потерпевших, жительница Каменского Валентина Бойко, отдала мошенникам все деньги. «Я поверила», — рассказала она.');
    assert.equal(by(list, 'рассказала').speaker, 'Валентина Бойко');
  });

  it('a man\'s genitive after an oblique title stays a man', () => {
    const list = ru('По словам заместителя Валентина Бойко, суд ошибся.');
    assert.equal(by(list, 'По словам').speaker, 'Валентин Бойко');
  });
});
