// "«…», — сказал тренер Олег Петров." ¶ "«…»": a paragraph that is one whole quote with no cue, right after a named
// person's direct quote, goes on with that person's words.
import assert from 'node:assert/strict';
import { ru } from './ru-helpers.js';

describe('Russian quotes continued in the next paragraph', () => {
  it('gives the bare quote paragraph to the person quoted just before', () => {
    const list = ru('«Мы сделали всё, что могли», — сказал тренер Олег Петров.\n\n«Команда устала. Нам нужен отдых перед следующим матчем».\n\nКлуб проведёт следующую игру в субботу.');
    const next = list.find((x) => x.content.startsWith('Команда устала'));
    assert.equal(next?.speaker, 'Олег Петров');
    assert.equal(next?.direct, true);
    // (Not after a paraphrase: whose words the quote are is then unsaid.)
    const after = ru('Тренер Олег Петров сказал, что команда устала.\n\n«Нам нужен отдых перед следующим матчем».');
    assert.equal(after.length, 1);
  });
});
