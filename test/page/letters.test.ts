// Whether a piece of text has a letter decides if a short row is prose or a
// row of dates and counters. It is answered by character codes where it can
// (the Unicode pattern is costly to compile on every page load) and must
// answer exactly as the pattern does.
import assert from 'node:assert/strict';
import { hasLetter } from '../../src/page/text-model.js';

const LETTER = /\p{L}/u;

describe('letters in text', () => {
  it('answers like \\p{L} for every character of the Basic Multilingual Plane', () => {
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      assert.equal(hasLetter(ch), LETTER.test(ch), `U+${c.toString(16)}`);
      // After punctuation, digits and spaces the answer is the same.
      assert.equal(hasLetter(`12:30 · «—${ch}`), LETTER.test(`12:30 · «—${ch}`), `after punctuation: U+${c.toString(16)}`);
    }
  });

  it('finds a letter past characters it does not know by code (astral letters, CJK)', () => {
    assert.equal(hasLetter('🙂 ok'), true);
    assert.equal(hasLetter('🙂 1'), false);
    assert.equal(hasLetter('12 𝐀'), true);
    assert.equal(hasLetter('2026年'), true);
    assert.equal(hasLetter(''), false);
    assert.equal(hasLetter('9 870 · 34'), false);
  });
});
