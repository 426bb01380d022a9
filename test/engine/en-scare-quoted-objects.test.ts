// "The club thanked him for his “commitment” and said …": a verb of acting, then "and said", shares the clause's
// subject; a few words in scare quotes inside the object are the writer quoting, no clause of their own.
import assert from 'node:assert/strict';
import { one } from './en-helpers.js';

describe('English: scare quotes in the object before "and said"', () => {
  it('the body that thanked someone for “…” says what follows "and said"', () => {
    const t = 'Marlow United dismissed their coach on Sunday.\n\nIn a short statement, the club thanked him for his “loyalty” and said an interim coach would be named “within days”.';
    const a = one(t, 'said');
    assert.equal(a.speaker, 'Marlow United');
    assert.equal(a.content, 'an interim coach would be named “within days”');
  });
});
