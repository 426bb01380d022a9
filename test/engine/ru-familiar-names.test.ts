// The press calls some leaders by first name and patronymic alone ("Касым-Жомарт Кемелевич", "Александр Григорьевич"):
// in a story that names the leader by surname, that is the same person.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian familiar names of leaders', () => {
  it('resolves a first name and patronymic to the leader named by surname', () => {
    const list = ru('Лукашенко провёл совещание в Минске. «Урожай соберём вовремя», — подчеркнул Александр Григорьевич. По словам Лукашенко, техника готова.');
    assert.match(by(list, 'подчеркнул').speaker!, /Лукашенко$/);
    assert.match(by(list, 'По словам').speaker!, /Лукашенко$/);
    // (Not when the surname is not in the story: a school director of the same first name and patronymic is himself.)
    const a = by(ru('Александр Григорьевич Петренко, директор школы, сказал, что ремонт закончен. Александр Григорьевич добавил, что классы откроют в сентябре.'), 'добавил');
    assert.equal(a.speaker, 'Александр Григорьевич Петренко');
  });
});
