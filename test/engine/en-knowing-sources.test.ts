// English unnamed sources described by what they know: an adjective after the
// noun ("familiar with", "close to", "aware of", "privy to") makes the phrase
// a described anonymous source, before or after the claim.
import assert from 'node:assert/strict';
import { attributions } from './en-helpers.js';

describe('English: sources described by what they know', () => {
  for (const t of [
    'According to two people aware of the plan, the airline will drop its evening flights.',
    'The airline will drop its evening flights, according to people aware of the plan.',
    'Two officials privy to the talks said the airline would drop its evening flights.',
    'A pilot aware of the schedule said the airline would drop its evening flights.',
  ]) {
    it(`finds the described source in "${t}"`, () => {
      const all = attributions(t);
      assert.equal(all.length, 1, JSON.stringify(all));
      const a = all[0]!;
      assert.equal(a.kind, 'anonymous');
      assert.equal(a.grade, 'anonymous-described');
      assert.match(a.source ?? '', /(?:aware of|privy to) the (?:plan|talks|schedule)$/);
      assert.match(a.content, /^the airline (?:will|would) drop its evening flights$/i);
    });
  }
});
