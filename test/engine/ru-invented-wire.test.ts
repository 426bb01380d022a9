// Russian wire writing invented for these specifications (courts, police,
// ministries, companies): one class per block, each a gap found by reading
// the engine's output on new text, not on a corpus.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian invented wire: a verb whose clause an inverted report holds', () => {
  it('"Он свою вину отрицает, сообщила защитник": the reporting tail is no claim of "отрицает"', () => {
    const list = ru('Иван Петров свою вину отрицает, сообщила его защитник Елена Морозова.');
    for (const a of list) assert.doesNotMatch(a.content, /сообщила/);
    const tail = by(list, 'сообщила');
    assert.equal(tail.speaker, 'Елена Морозова');
    assert.equal(tail.content, 'Иван Петров свою вину отрицает');
  });

  it('the same with an impersonal tail: "Компания свою причастность отрицает, говорится в сообщении"', () => {
    const list = ru('Компания свою причастность отрицает, говорится в сообщении.');
    for (const a of list) assert.doesNotMatch(a.content, /говорится/);
    assert.equal(by(list, 'говорится в').content, 'Компания свою причастность отрицает');
  });

  it('a что-clause after the comma is still the verb\'s claim', () => {
    assert.equal(by(ru('Иван Петров отрицает, что брал деньги.'), 'отрицает').content, 'брал деньги');
  });
});
