// A team named by its town's adjective ("Минское «Динамо»") is what a bare "клуб" later means.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian teams named with their town', () => {
  it('"Как отметили в клубе" after "Минское «Динамо» расторгло контракт"', () => {
    assert.equal(by(ru('Минское «Динамо» расторгло контракт с тренером. Как отметили в клубе, поиск замены уже начался.'), 'Как отметили').speaker, 'Динамо');
  });

  it('a genitive adjective before a quoted name is not read as a nominative', () => {
    assert.equal(by(ru('Нападающий самарской «Орбиты» выбыл на месяц. Об этом сообщила пресс-служба клуба.'), 'сообщила').speaker, 'Орбита');
  });
});
