// "В министерстве сельского хозяйства говорят …" and later "В пресс-службе Минсельхоза Кыргызстана сообщили …":
// the short name is the ministry the article named in full first, and keeps that name.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian ministries by their short names', () => {
  it('names the short form as the full name written first, not one written later', () => {
    const list = ru('Засуха угрожает югу страны. В министерстве здравоохранения говорят, что больницы готовы.\n\nВ пресс-службе Минздрава Казахстана сообщили, что запасы лекарств пополнят.');
    assert.equal(by(list, 'сообщили').speaker, 'Министерство здравоохранения Казахстана');
    const later = ru('В пресс-службе Минздрава Казахстана сообщили, что запасы лекарств пополнят. В министерстве здравоохранения добавили, что больницы готовы.');
    assert.equal(by(later, 'сообщили').speaker, 'Минздрав Казахстана');
  });
});
