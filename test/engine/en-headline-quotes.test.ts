// English: a headline may end on a quotation ("…; board cites ‘accounting
// failures’"). With no full stop, comma or other mark closing the quote itself,
// the line is still a headline, so its bare nouns ("board") are sources told
// about below.
import assert from 'node:assert/strict';
import { attributions } from './en-helpers.js';

describe('English: a headline that ends on a quotation', () => {
  const t = 'Harlow Foods removes chief executive; board cites ‘accounting failures’\n\n'
    + 'LONDON: The board of Harlow Foods has removed its chief executive, Dan Reyes, the company said on Friday.';

  it('reads the bare noun before the quotation as a source', () => {
    const a = attributions(t).find((x) => x.cue === 'cites');
    assert.ok(a, JSON.stringify(attributions(t)));
    assert.equal(a.kind, 'named');
    assert.equal(a.content, 'accounting failures');
  });
});
