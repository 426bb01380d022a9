// "Обвиняемый давил на жалость: говорил, что …": a verb opening the clause after a colon, with no subject of its own,
// belongs to the subject before the colon.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian reporting verbs right after a colon', () => {
  it('gives the claim to the subject before the colon', () => {
    const a = by(ru('Обвиняемый на заседании давил на жалость: говорил, что тяжело болен.'), 'говорил');
    assert.equal(a.source, 'Обвиняемый');
    assert.equal(a.content, 'тяжело болен');
    const b = by(ru('Соседи жаловались на шум: говорили, что музыка играет до утра.'), 'говорили');
    assert.equal(b.source, 'Соседи');
  });

  it('leaves the words to the verb after the colon, not to a reply before it', () => {
    const list = ru('Мэр ответил уклончиво: сказал, что решение примут позже.');
    assert.equal(list.length, 1);
    assert.equal(by(list, 'сказал').content, 'решение примут позже');
  });
});
