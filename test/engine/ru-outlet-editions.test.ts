// An agency's national or regional edition is named by a place in the nominative after the agency's name
// ("Sputnik Грузия", "РИА Новости Крым", "Интерфакс-Украина"); the place is part of the outlet, not a speaker.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian outlets with regional editions', () => {
  it('names the edition as the outlet', () => {
    const a = by(ru('Как сообщает Sputnik Кыргызстан, в Оше выпал снег.'), 'Как сообщает');
    assert.equal(a.speaker, 'Sputnik Кыргызстан');
    assert.equal(a.content, 'в Оше выпал снег');
    assert.equal(by(ru('Как передаёт РИА Новости Крым, в Ялте закрыли набережную.'), 'Как передаёт').speaker, 'РИА Новости Крым');
    // (A first name after the agency is the one it spoke to.)
    assert.equal(ru('«Рост замедлится», — сказала РИА Новости Наталия Орлова.')[0]!.speaker, 'Наталия Орлова');
  });

  it('does not take the edition into the source the outlet spoke to', () => {
    const a = ru('Как рассказала Sputnik Молдова соседка пострадавшего, пожар начался ночью.')[0]!;
    assert.equal(a.source, 'соседка пострадавшего');
    assert.equal(a.kind, 'anonymous');
  });
});
