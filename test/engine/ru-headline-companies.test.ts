// "Авиакомпания отменила рейсы в Дубай" as a headline: a bare company word there means the company its article names first.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian: a bare company word in a headline', () => {
  it('is the company the body names first with that word', () => {
    const list = ru('Пассажиры застряли в Анталье. Авиакомпания заявила, что рейс вылетит вечером\n\nБолее 200 пассажиров рейса авиакомпании «Волга Эйр» ожидают вылета. В сообщении авиакомпании говорится, что резервный борт уже вылетел.');
    assert.equal(by(list, 'заявила').speaker, 'Волга Эйр');
    assert.equal(by(list, 'говорится').speaker, 'Волга Эйр');
  });
});
