// English answers that point back: "echoed that view", "rejected the account of the looting" report the
// claim they point to. Sentences written for these tests.
import assert from 'node:assert/strict';
import { attributions, one } from './en-helpers.js';

describe('English: echoes and answers that name what they answer', () => {
  it('gives "echoed that view" the view reported before', () => {
    const t = 'Councillor Ruiz argued that the parking levy was unfair. Councillor Lopez echoed that view.';
    const a = one(t, 'echoed');
    assert.equal(a.speaker, 'Lopez');
    assert.equal(a.content, 'the parking levy was unfair');
  });

  it('takes the stance, not the plain report beside it, as "that view"', () => {
    const t = 'Avila contended that the treaty "ignores the fishermen" and said Lima would only sign a new text. ' +
      'Peru’s delegate echoed that view, officials said.';
    assert.equal(one(t, 'echoed').content, 'the treaty "ignores the fishermen"');
  });

  it('does not read an echo of sound or of a thing as a report', () => {
    const t = 'Gunfire echoed across the valley overnight. The design echoes the old station.';
    assert.equal(attributions(t).filter((a) => /^echo/.test(a.cue)).length, 0);
  });

  it('gives "rejected the account of the <topic>" the claim about that topic', () => {
    const t = 'A spokesman said a convoy of grain trucks had been looted near the border. ' +
      'The minister said the harvest was good. The governor said the roads were open. ' +
      'The army chief rejected the account of the looting altogether.';
    assert.equal(one(t, 'rejected').content, 'a convoy of grain trucks had been looted near the border');
  });
});
