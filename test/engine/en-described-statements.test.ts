// "<claim>, X said in a statement apologizing for …": a participle right after the paper the source spoke in
// describes that paper (what else the statement did); it is no claim. The claim is the clause before the source.
import assert from 'node:assert/strict';
import { one } from './en-helpers.js';

describe('English: a participle describing the statement closes no claim of its own', () => {
  it('"said in a statement thanking …" after the claim', () => {
    const t = 'The ferry will not sail until Friday, the operator said on Tuesday in a statement thanking passengers for their patience.';
    assert.equal(one(t, 'said').content, 'The ferry will not sail until Friday');
  });

  it('"said in a post apologizing for …"', () => {
    const t = 'The concert has been moved to a smaller hall, the council said in a post apologizing for “the short notice.”';
    assert.equal(one(t, 'said').content, 'The concert has been moved to a smaller hall');
  });

  it('a participle cue of its own after "issued a statement" still reports what follows', () => {
    const t = 'Within an hour, the Harlow Trust issued a statement calling the offer “an insult.”';
    assert.equal(one(t, 'calling').content, 'the offer “an insult.”');
  });
});
