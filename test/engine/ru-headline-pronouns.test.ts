// A headline's "он"/"она" with no one named before it is the first person of that gender the body names
// (check14: «…; он называет решение местью …» → the man named in the lead).
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian: a pronoun in a headline', () => {
  it('"он" is the first man the body names, past a woman named later', () => {
    const text = 'Директор музея уволен; он называет решение местью\n\nСовет расторг договор с директором Олегом Карповым. ' +
      'Об этом сообщила председатель совета Анна Лиепа.';
    assert.equal(by(ru(text), 'называет').speaker, 'Олег Карпов');
  });

  it('"она" skips the men', () => {
    const text = 'Главный врач уволена; она считает решение незаконным\n\nМинистр Игорь Рязанов подписал приказ об увольнении ' +
      'главного врача Марины Светловой.';
    assert.equal(by(ru(text), 'считает').speaker, 'Марина Светлова');
  });
});
