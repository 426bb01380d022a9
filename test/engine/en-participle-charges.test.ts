// English charges made by a participle inside a reported scene: in "X has sued
// Y, accusing him of …, according to a complaint", the complaint vouches for
// the whole sentence and X's charge ("accusing him of …") is X's own report
// nested inside it; both are kept.
import assert from 'node:assert/strict';
import { attributions } from './en-helpers.js';

describe('English: a participle charge inside a trailing report', () => {
  it('keeps the subject’s charge and the report that vouches for the scene', () => {
    const t = 'The Harbour Workers Union has sued the port authority, accusing it of cutting safety patrols, according to a complaint filed on Monday.';
    const all = attributions(t);
    const charge = all.find((a) => a.cue === 'accusing');
    const scene = all.find((a) => a.cue === 'according to');
    assert.ok(charge && scene, JSON.stringify(all));
    assert.equal(charge.speaker, 'Harbour Workers Union');
    assert.equal(charge.content, 'it of cutting safety patrols');
    assert.match(scene.content, /^The Harbour Workers Union has sued the port authority, accusing it of cutting safety patrols$/);
  });

  it('keeps it under a trailing "X said" too', () => {
    const t = 'Councillor Mira Sood walked out of the meeting, accusing the mayor of hiding the budget, her office said.';
    const charge = attributions(t).find((a) => a.cue === 'accusing');
    assert.ok(charge, JSON.stringify(attributions(t)));
    assert.equal(charge.speaker, 'Mira Sood');
    assert.equal(charge.content, 'the mayor of hiding the budget');
  });
});
