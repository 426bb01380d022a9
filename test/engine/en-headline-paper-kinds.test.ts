// English: a headline's "…, university report warns" describes the paper the
// story cites below ("a report … by the Marsh Climate Unit"); like a bare
// "report warns", it speaks for the paper's issuer.
import assert from 'node:assert/strict';
import { attributions } from './en-helpers.js';

describe('English: a headline paper with a word before it', () => {
  it('finds the paper the story cites', () => {
    const t = 'Coastal towns face higher seas, university report warns\n\n'
      + 'Coastal towns should prepare for higher seas, according to a report released on Monday by the Marsh Climate Unit at Lenbury University.';
    const a = attributions(t).find((x) => x.cue === 'warns');
    assert.ok(a, JSON.stringify(attributions(t)));
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Marsh Climate Unit');
  });
});
