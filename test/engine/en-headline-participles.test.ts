// English: a headline tells in the present ("Journal retracts lab's study,
// citing ‘unreliable’ images"); a participle after it hangs on the headline's
// subject, not on a name in its object, and a quoted word inside the cited noun
// phrase is part of what is cited.
import assert from 'node:assert/strict';
import { attributions } from './en-helpers.js';

describe('English: a participle in a present-tense headline', () => {
  const t = 'Journal retracts Halifax lab’s salmon study, citing ‘unreliable’ images\n\nA scientific journal has retracted a 2022 paper, its editors said.';

  it('takes the headline subject', () => {
    const a = attributions(t).find((x) => x.cue === 'citing');
    assert.ok(a, JSON.stringify(attributions(t)));
    assert.equal(a.source, 'Journal');
  });

  it('cites the whole noun phrase', () => {
    assert.equal(attributions(t).find((x) => x.cue === 'citing')?.content, '‘unreliable’ images');
  });
});
