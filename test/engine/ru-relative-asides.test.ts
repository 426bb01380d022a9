// "…, который, впрочем, ещё весной заявил, что …": between a relative pronoun and its verb only an aside, adverbs or a time
// (no nominative noun), the relative is still the subject and means the noun before it.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian relative subjects before an aside or adverbs', () => {
  it('an aside set off by commas', () => {
    const a = by(ru('Клуб ищет замену Игорю Лаптеву, который, однако, вчера сообщил, что готов остаться.'), 'сообщил');
    assert.equal(a.speaker, 'Игорь Лаптев');
  });
  it('a time in the instrumental', () => {
    const a = by(ru('Фанаты ждут возвращения Игоря Лаптева, который летом пообещал, что вернётся.'), 'пообещал');
    assert.equal(a.speaker, 'Игорь Лаптев');
  });
  it('a noun in the nominative between stays the subject', () => {
    const a = by(ru('Фанаты ждут Игоря Лаптева, которого журналисты летом спросили, вернётся ли он, и которому тренер сообщил, что место ждёт.'), 'сообщил');
    assert.notEqual(a.speaker, 'Игорь Лаптев');
  });
});
