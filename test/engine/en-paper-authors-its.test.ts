// English: "Its authors warn …" after a paper the story has given to the one
// who put it out: the authors speak as that issuer. With no such paper before,
// they stay an unnamed group.
import assert from 'node:assert/strict';
import { attributions } from './en-helpers.js';

describe('English: a paper\'s authors by "its"', () => {
  it('speak as the paper\'s issuer', () => {
    const t = 'Coastal towns should prepare for higher seas, according to a report released on Monday by the Marsh Climate Unit.\n\n'
      + 'The study finds that sea levels have risen by 20cm. Its authors warn that the rise is speeding up.';
    const a = attributions(t).find((x) => x.cue === 'warn');
    assert.ok(a, JSON.stringify(attributions(t)));
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Marsh Climate Unit');
  });

  it('stay unnamed with no paper before', () => {
    const t = 'The bridge was closed on Monday. Its authors warn that the rise is speeding up.';
    assert.equal(attributions(t).find((x) => x.cue === 'warn')?.kind, 'anonymous');
  });
});
