// English "One said …" after a sentence that names a group of people: "Several
// engineers were divided. One, who asked not to be named, said …" is one of
// that group, an unnamed source, even when the group itself was quoted on
// nothing. With no group of people before it, "One" is no source.
import assert from 'node:assert/strict';
import { attributions } from './en-helpers.js';

describe('English: "One" of a group named just before', () => {
  for (const t of [
    'Several engineers consulted by the council were divided. One said the bridge could stand for decades.',
    'Several engineers consulted by the council were divided. One, who asked not to be named, said the bridge could stand for decades.',
  ]) {
    it(`is an unnamed source in "${t.slice(60, 100)}…"`, () => {
      const all = attributions(t);
      assert.equal(all.length, 1, JSON.stringify(all));
      assert.equal(all[0]!.kind, 'anonymous');
      assert.equal(all[0]!.content, 'the bridge could stand for decades');
    });
  }

  it('is no source with no group before it', () => {
    assert.deepEqual(attributions('The bridge was closed in May. One said it could stand for decades.'), []);
  });
});
