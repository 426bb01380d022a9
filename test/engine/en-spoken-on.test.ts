// English: the outlet a person spoke on or wrote in ("speaking on BBC Radio
// Five Live", "writing in The Times") is where words were said, not a body the
// story is about, so "the club", "the company" later do not point to it.
import assert from 'node:assert/strict';
import { attributions } from './en-helpers.js';

describe('English: an outlet one spoke on is no body of the story', () => {
  const t = 'Blaxford said its captain was innocent.\n\n'
    + 'Former bowler Tom Hale, speaking on BBC Radio Five Live, said the case was weak.\n\n'
    + 'The Daily Post reported that the umpires had spoken to Blaxford, a claim the club denied.';

  it('resolves "the club" to the club, not the programme', () => {
    const a = attributions(t).find((x) => x.source === 'the club');
    assert.ok(a, JSON.stringify(attributions(t)));
    assert.equal(a.speaker, 'Blaxford');
  });

  it('still names the speaker on the programme', () => {
    assert.equal(attributions(t).find((x) => x.source === 'Former bowler Tom Hale')?.speaker, 'Tom Hale');
  });
});
