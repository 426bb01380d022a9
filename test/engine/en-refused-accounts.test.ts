// A refusal about a claim named as a thing reports nothing: "would not
// confirm that account", "did not confirm those reports". "that" before a
// noun naming a claim is its determiner, not a complementiser; a participle
// after the refusal ("…, saying only …") still has the refusal's subject.
import assert from 'node:assert/strict';
import { attributions } from './en-helpers.js';

describe('English: refusing to confirm a claim named as a thing', () => {
  const t = 'A driver reported seeing smoke near the bridge on Sunday. The inspector would not confirm that account, saying only that “the inquiry continues”.';

  it('"would not confirm that account" is no report of the claim before', () => {
    assert.equal(attributions(t).some((a) => a.cue === 'confirm'), false);
  });

  it('the participle after it keeps the refusal’s subject', () => {
    const saying = attributions(t).find((a) => a.cue === 'saying');
    assert.equal(saying?.speaker, 'inspector');
  });

  it('"did not confirm those reports" is none either', () => {
    const u = 'Local media said the mayor had resigned. His office did not confirm those reports.';
    assert.equal(attributions(u).some((a) => a.cue === 'confirm'), false);
  });
});
