// English rules that carry to unseen news: bodies behind spokespeople and
// definite descriptions, documents with an issuer, and cue words that report
// nothing ("asked not to be named", "did not confirm").
import assert from 'node:assert/strict';
import { attributions, one } from './en-helpers.js';

describe('English: bodies named earlier', () => {
  it('resolves "the newspaper" to the outlet named before', () => {
    const t = 'The newspaper Dagens Nyheter reported on Monday that the airline would cut routes. The newspaper said the cuts were large.';
    const a = attributions(t)[1]!;
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Dagens Nyheter');
  });

  it('resolves "the club" to the nearest body, not an earlier outlet', () => {
    const t = 'The newspaper Dagens Nyheter reported on Monday that the airline would cut routes. Harrowgate Athletic lost again on Saturday. The club said it was stable.';
    assert.equal(one(t, 'said').speaker, 'Harrowgate Athletic');
  });

  it('gives a spokesperson of "the club" / "the league" to that body', () => {
    const t = 'Harrowgate Athletic lost again on Saturday. A club spokesman said the club was stable. The English Football League has warned clubs. A league spokeswoman said it could not discuss clubs.';
    const [a, b] = attributions(t);
    assert.equal(a!.kind, 'named');
    assert.equal(a!.speaker, 'Harrowgate Athletic');
    assert.equal(b!.kind, 'named');
    assert.equal(b!.speaker, 'English Football League');
  });

  it('keeps "the newspaper" anonymous when no body was named', () => {
    const t = 'The newspaper said the cuts were large.';
    assert.equal(one(t, 'said').kind, 'anonymous');
  });
});
