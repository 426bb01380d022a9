// A headline's bare body noun ("…, operator says") waits for the name the story gives it. A lede that describes the
// same body again ("…, the operator said") before naming it must not take the headline's bare noun as its name: both
// are the body the story names just after.
import assert from 'node:assert/strict';
import { attributions } from './en-helpers.js';

describe('English: a headline body noun and the lede that repeats it', () => {
  it('both take the body named in the next paragraph', () => {
    const t = 'Ferry sailed without 40 passengers, operator says\n\n'
      + 'DOVER — A ferry left port ten minutes early on Friday, leaving 40 passengers on the quay, the operator said on Saturday.\n\n'
      + 'Channel Link Ferries said a new officer had misread the timetable.';
    const got = attributions(t).map((a) => [a.source, a.speaker]);
    assert.deepEqual(got.slice(0, 2), [['operator', 'Channel Link Ferries'], ['the operator', 'Channel Link Ferries']]);
  });
});
