// "A, the regulator said, while B": a cue set off inside the sentence, then a contrast clause after it — the whole
// sentence is the claim, as for any aside (the check10–check14 convention for a cue inside the claim).
import assert from 'node:assert/strict';
import { one } from './en-helpers.js';

describe('English: an aside cue before "while"', () => {
  it('the claim runs over the "while" clause', () => {
    const t = 'Two of the banks will pay the full penalty, the regulator said, while a third was let off because it reported the scheme.';
    assert.equal(one(t, 'said').content, t.slice(0, -1));
  });

  it('a trailing cue with no contrast keeps the clause before', () => {
    const t = 'Two of the banks will pay the full penalty, the regulator said.';
    assert.equal(one(t, 'said').content, 'Two of the banks will pay the full penalty');
  });
});
