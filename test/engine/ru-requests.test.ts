// "направило обращение с просьбой ускорить …", "обратились к мэру с требованием …": a request made by letter or appeal.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian requests by letter or appeal', () => {
  it('"направила письмо с требованием" asks for the infinitive after it', () => {
    const a = by(ru('Ассоциация перевозчиков направила в министерство письмо с требованием отменить новый сбор.'), 'направила');
    assert.equal(a.source, 'Ассоциация перевозчиков');
    assert.equal(a.content, 'отменить новый сбор');
  });

  it('"обратились с просьбой" too, with "не" before the infinitive', () => {
    assert.equal(by(ru('Родители обратились к директору школы с просьбой не переносить экзамены.'), 'обратились').content, 'не переносить экзамены');
  });

  it('sending people or turning to a body asks nothing', () => {
    assert.equal(ru('Министерство направило специалистов в район. Жители обратились в прокуратуру.').length, 0);
  });
});
