// English reports that go on: "X keeps telling everyone …", "X kept saying …",
// "X keeps on insisting …" are X's reports, as "X has been saying …" is.
import assert from 'node:assert/strict';
import { attributions } from './en-helpers.js';

describe('English: "keeps saying"', () => {
  for (const [t, cue, content] of [
    ['Coach Tom Abara keeps telling reporters the squad is fit.', 'telling', 'the squad is fit'],
    ['Coach Tom Abara kept saying the squad was fit.', 'saying', 'the squad was fit'],
    ['Coach Tom Abara keeps on insisting the squad is fit.', 'insisting', 'the squad is fit'],
  ] as const) {
    it(`reports "${content}" in "${t}"`, () => {
      const all = attributions(t);
      assert.equal(all.length, 1, JSON.stringify(all));
      assert.equal(all[0]!.cue, cue);
      assert.equal(all[0]!.speaker, 'Tom Abara');
      assert.equal(all[0]!.content, content);
    });
  }
});
