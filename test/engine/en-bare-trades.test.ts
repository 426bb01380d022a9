// English bare plurals of a trade as a source: "according to
// palaeontologists", "Glaziers say …" are unnamed people of that trade, as "two
// florists said" already was; words for things ("according to regulations")
// stay no source.
import assert from 'node:assert/strict';
import { attributions } from './en-helpers.js';

describe('English: a bare plural of a trade is an unnamed group', () => {
  for (const [t, source] of [
    ['The bone is older than first thought, according to palaeontologists who have studied the scans.', 'palaeontologists who have studied the scans'],
    ['The quarry is unsafe, according to bricklayers.', 'bricklayers'],
  ] as const) {
    it(`takes "${source}" as the source`, () => {
      const all = attributions(t);
      assert.equal(all.length, 1, JSON.stringify(all));
      assert.equal(all[0]!.kind, 'anonymous');
      assert.equal(all[0]!.source, source);
    });
  }

  it('takes no rules or customs for people', () => {
    assert.deepEqual(attributions('The quarry must close at dusk, according to regulations.'), []);
  });
});
