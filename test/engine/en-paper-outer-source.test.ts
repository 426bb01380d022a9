// English: "In a retraction notice published Tuesday, X said a review had found
// …. The notice says …": the notice is X's, the sentence's own source, not the
// review reported inside X's claim.
import assert from 'node:assert/strict';
import { attributions } from './en-helpers.js';

describe('English: a paper named before its source', () => {
  it('belongs to the outer source, not to one inside its claim', () => {
    const t = 'A journal has retracted a paper.\n\nIn a retraction notice published Tuesday, Marine Biology Letters said a review had found “altered panels” in three figures.\n\n'
      + 'The notice says the lead author agreed to the retraction.';
    const a = attributions(t).find((x) => x.source === 'The notice');
    assert.ok(a, JSON.stringify(attributions(t)));
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Marine Biology Letters');
  });
});
