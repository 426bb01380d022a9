// "актриса Драматического театра имени Островского …" ¶ "уточнили в театре", "руководство театра": a body named
// "имени" someone is a named body, and a bare word for it later points back to it in full.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

const LEAD = 'В Самаре умер солист Оперного театра имени Н. А. Римского-Корсакова Пётр Лунин.';

describe('Russian bodies named after someone', () => {
  it('a bare "в театре" later is the theatre named in a person\'s title', () => {
    const a = by(ru(`${LEAD} Прощание пройдёт в пятницу, уточнили в театре.`), 'уточнили');
    assert.equal(a.speaker, 'Оперный театр имени Н. А. Римского-Корсакова');
  });

  it('so is the theatre\'s leadership', () => {
    const a = by(ru(`${LEAD} Руководство театра сообщило, что спектакли в пятницу отменены.`), 'сообщило');
    assert.equal(a.speaker, 'Оперный театр имени Н. А. Римского-Корсакова');
  });

  it('another kind of body is not it', () => {
    const a = by(ru(`${LEAD} В больнице сообщили, что прощание пройдёт в пятницу.`), 'сообщили');
    assert.equal(a.speaker, 'больница');
  });
});
