// English requests: "asked the regulator to approve …", "asked residents to
// conserve water" ask for an act and report no claim (the gold leaves every
// "asked X to" out); "asked whether …" is a question (en-questions) and stays.
import assert from 'node:assert/strict';
import { attributions } from './en-helpers.js';

describe('English: a request is no report', () => {
  for (const t of [
    'The mayor asked residents to conserve water.',
    'Halden Foods has asked the Food Standards Agency of Wales to approve the new label.',
  ]) {
    it(`reports nothing for "${t}"`, () => {
      assert.deepEqual(attributions(t).filter((a) => a.cue === 'asked'), []);
    });
  }

  it('still reports a question with "to" inside it', () => {
    const t = 'Senator Ann Burke asked whether the agency had tried to hire retired staff.';
    const a = attributions(t).find((x) => x.cue === 'asked');
    assert.ok(a, JSON.stringify(attributions(t)));
    assert.equal(a.speaker, 'Ann Burke');
  });
});
