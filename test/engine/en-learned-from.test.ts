// "they had learned from a member of staff that X", "she heard from a neighbour that X": the one it was learned from
// is a source of X of its own (cue "had learned from"), nested in the learner's account; the learner reports nothing
// by "learned" itself.
import assert from 'node:assert/strict';
import { attributions, one } from './en-helpers.js';

describe('English: learned or heard from someone that …', () => {
  it('the one it was learned from is the source, quotation marks aside', () => {
    const t = 'The players said they had learned from “a senior club official” that wages would be paid late.';
    const a = one(t, 'had learned from');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.source, 'a senior club official');
    assert.equal(a.content, 'wages would be paid late');
    assert.equal(attributions(t).filter((x) => x.cue === 'learned').length, 0);
  });

  it('the learner’s own report stays, with the whole account', () => {
    const t = 'Nia Roberts said she heard from a neighbour that the gate had been left open.';
    assert.equal(one(t, 'said').content, 'she heard from a neighbour that the gate had been left open');
    assert.equal(one(t, 'heard from').content, 'the gate had been left open');
  });
});
