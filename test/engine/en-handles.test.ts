// English social-media handles as sources: "@harbour_watch wrote on X",
// "a user named @harbour_watch posted …" name an account; an e-mail address
// ("news@example.com") holds no handle.
import assert from 'node:assert/strict';
import { attributions } from './en-helpers.js';

describe('English: social-media handles', () => {
  for (const [t, source] of [
    ['“The pier is flooded again,” a user named @harbour_watch wrote on X.', 'a user named @harbour_watch'],
    ['“The pier is flooded again,” @harbour_watch wrote on X.', '@harbour_watch'],
  ] as const) {
    it(`names the account in "${t.slice(30)}"`, () => {
      const all = attributions(t);
      assert.equal(all.length, 1, JSON.stringify(all));
      assert.equal(all[0]!.kind, 'named');
      assert.equal(all[0]!.source, source);
      assert.equal(all[0]!.speaker, '@harbour_watch');
      assert.equal(all[0]!.content, 'The pier is flooded again');
    });
  }

  it('finds no handle inside an e-mail address', () => {
    const t = 'Tips go to news@example.com, the editor said.';
    const a = attributions(t).find((x) => x.cue === 'said');
    assert.ok(a, JSON.stringify(attributions(t)));
    assert.equal(a.content, 'Tips go to news@example.com');
  });
});
