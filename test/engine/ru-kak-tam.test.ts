// "…, как там уточнили, …": "там" between "как" and a plural verb is the body that spoke last, as "Там уточнили" is.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian "как там" + plural verb', () => {
  it('a parenthetical inside the sentence gives the words after it to the body before', () => {
    const a = by(ru('Подрядчик Иван Петров заявил, что мост не проверяли. В управлении дорог города это опровергли: мост, как там уточнили, осмотрели ещё в марте.'), 'уточнили');
    assert.equal(a.speaker, 'управление дорог города');
    assert.equal(a.content, 'осмотрели ещё в марте');
  });
  it('opening a sentence', () => {
    const a = by(ru('В управлении дорог города сообщили, что мост закрыт. Как там пояснили, ремонт продлится неделю.'), 'пояснили');
    assert.equal(a.speaker, 'управление дорог города');
    assert.equal(a.content, 'ремонт продлится неделю');
  });
  it('no body spoke before: nothing', () => {
    assert.equal(ru('Мост, как там пояснили, закрыт.').length, 0);
  });
});
