// English "found guilty" and its kin: a verdict's adjective right after
// "found" makes a passive participle ("A rider found guilty of doping faces a
// ban"), which reports no finding; "The inquiry found negligent staff had …"
// still does.
import assert from 'node:assert/strict';
import { attributions } from './en-helpers.js';

describe('English: "found guilty" is no finding', () => {
  for (const t of [
    'A rider found guilty of doping faces a ban of two years.',
    'Any trader found liable can expect a fine, the rules say.',
  ]) {
    it(`reports no finding in "${t}"`, () => {
      assert.deepEqual(attributions(t).filter((a) => a.cue === 'found'), []);
    });
  }

  it('keeps a finding whose subject opens with such an adjective', () => {
    const t = 'The review found negligent managers had ignored the alarms.';
    const all = attributions(t);
    assert.equal(all.length, 1, JSON.stringify(all));
    assert.equal(all[0]!.content, 'negligent managers had ignored the alarms');
  });
});
