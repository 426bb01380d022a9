// English papers described by a participle and a place before their verb:
// "Documents tabled at the hearing show …", "Records released to the committee
// show …". The participle phrase belongs to the subject, its head ("documents")
// agrees with the plural verb, and "the hearing show" is no compound noun when
// a clause of figures follows.
import assert from 'node:assert/strict';
import { attributions } from './en-helpers.js';

describe('English: papers described by where they were laid', () => {
  for (const [t, source] of [
    ['Documents tabled at the inquiry show the council spent £2 million on consultants.', 'Documents tabled at the inquiry'],
    ['Records handed to the committee show the council spent £2 million on consultants.', 'Records handed to the committee'],
  ] as const) {
    it(`takes "${source}" as the source`, () => {
      const all = attributions(t);
      assert.equal(all.length, 1, JSON.stringify(all));
      assert.equal(all[0]!.source, source);
      assert.equal(all[0]!.cue, 'show');
      assert.equal(all[0]!.content, 'the council spent £2 million on consultants');
    });
  }

  it('still reads "on the talk show" as a programme', () => {
    assert.deepEqual(attributions('She appeared on the talk show the morning after the vote.'), []);
  });
});
