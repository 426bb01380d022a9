// English: a story may cite a research paper as "a report released on Monday
// by X" and then call it "the study" or "the review". The paper, by any of its
// nouns, speaks for the one who put it out.
import assert from 'node:assert/strict';
import { attributions } from './en-helpers.js';

describe('English: one paper called by another of its nouns', () => {
  const t = 'Coastal towns should prepare for higher seas, according to a report released on Monday by the Marsh Climate Unit at Lenbury University.\n\n'
    + 'The 60-page study, which draws on tide records going back to 1900, finds that sea levels have risen by 20cm. It also recommends that councils stop building on the shore.';

  it('gives "the study" to the unit that released the report', () => {
    const a = attributions(t).find((x) => x.cue === 'finds');
    assert.ok(a, JSON.stringify(attributions(t)));
    assert.equal(a.speaker, 'Marsh Climate Unit');
  });

  it('and "it" after it', () => {
    assert.equal(attributions(t).find((x) => x.cue === 'recommends')?.speaker, 'Marsh Climate Unit');
  });
});
