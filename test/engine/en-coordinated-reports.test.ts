// English reports joined by "and"/"but" with one subject: "X confirmed the
// closure but disputed that …" is two reports of X, whatever the second verb,
// when the first claim is an object with no verb of its own. Inside a clause
// ("said the firm had rated it and recommended that …") the second verb is the
// claim's own subject acting.
import assert from 'node:assert/strict';
import { attributions } from './en-helpers.js';

describe('English: a second reporting verb with "that" after "and"/"but"', () => {
  it('splits "confirmed the closure but disputed that …" into two reports', () => {
    const t = 'Mayor Ann Burke confirmed the closure but disputed that money was the reason.';
    const all = attributions(t).map((a) => [a.cue, a.speaker, a.content]);
    assert.deepEqual(all, [
      ['confirmed', 'Ann Burke', 'the closure'],
      ['disputed', 'Ann Burke', 'money was the reason'],
    ]);
  });

  it('leaves a clause’s own second verb inside the claim', () => {
    const t = 'Two inspectors said the builder had rated the crack minor and recommended that it be sealed.';
    const said = attributions(t).find((a) => a.cue === 'said');
    assert.ok(said, JSON.stringify(attributions(t)));
    assert.equal(said.content, 'the builder had rated the crack minor and recommended that it be sealed');
  });
});
