// Chess players are titles like other sportsmen: "Гроссмейстер X …" then "Шахматист заявил" is X.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian chess players', () => {
  it('a bare "шахматист" points back to the grandmaster named before', () => {
    const a = by(ru('Гроссмейстер Олег Бельский снялся с турнира. Шахматист объяснил, что болен.'), 'объяснил');
    assert.equal(a.speaker, 'Олег Бельский');
  });

  it('so does "Сама шахматистка" with a denial', () => {
    const a = by(ru('Федерация отстранила шахматистку Ирину Вольскую. Сама шахматистка свою вину отрицает.'), 'отрицает');
    assert.equal(a.speaker, 'Ирина Вольская');
  });
});
