// English nouns after an ordinal: "her third answer", "his final reply" are
// nouns, not verbs of saying with "her third" as their subject; the report
// that follows them ("when she accused …") stands on its own.
import assert from 'node:assert/strict';
import { attributions } from './en-helpers.js';

describe('English: a word of saying after an ordinal is a noun', () => {
  for (const t of [
    'Councillor Ann Burke did better on her third answer, when she accused Tom Abara of hiding the budget.',
    'Councillor Ann Burke did better with her final reply, when she accused Tom Abara of hiding the budget.',
  ]) {
    it(`keeps only the accusation in "${t.slice(0, 50)}…"`, () => {
      const all = attributions(t);
      assert.equal(all.length, 1, JSON.stringify(all));
      assert.equal(all[0]!.cue, 'accused');
      assert.equal(all[0]!.speaker, 'Ann Burke');
      assert.equal(all[0]!.content, 'Tom Abara of hiding the budget');
    });
  }
});
