// "X has rejected claims that Y", "denied allegations that Y": what is rejected is the that-clause of the claim noun
// (check11's "denied that", check14's convention); the noun after the answer is its object, no verb of its own. After a
// dateline, a subject with its appositive still opens the sentence ("LAGOS — The chair, Prof X, has rejected …").
import assert from 'node:assert/strict';
import { attributions, one } from './en-helpers.js';

describe('English: rejecting claims that …', () => {
  it('the claim is the clause after "claims that"', () => {
    const t = 'The festival director, Ama Owusu, has rejected claims that tickets were sold twice.';
    const a = one(t, 'rejected');
    assert.equal(a.speaker, 'Ama Owusu');
    assert.equal(a.content, 'tickets were sold twice');
    assert.equal(attributions(t).filter((x) => x.cue === 'claims').length, 0);
  });

  it('after a dateline, the subject with its appositive is no inversion', () => {
    const t = 'ACCRA — The festival director, Ama Owusu, has rejected claims that tickets were sold twice.';
    assert.equal(one(t, 'rejected').speaker, 'Ama Owusu');
  });

  it('"denied allegations that …"', () => {
    const t = 'Harbor Bank denied allegations that it had misled savers.';
    assert.equal(one(t, 'denied').content, 'it had misled savers');
  });
});
