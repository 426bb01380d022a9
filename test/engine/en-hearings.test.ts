// English evidence given to a body outside a court: "…, the inquiry heard",
// "…, MPs told", "…, Senate estimates told" (a headline's passive) mark the claim
// as reported with no speaker, as "…, the court heard" and "…, jury told" do;
// the body's name belongs to the hedge.
import assert from 'node:assert/strict';
import { attributions } from './en-helpers.js';

describe('English: evidence heard by an inquiry or a committee', () => {
  for (const [t, cue] of [
    ['The pumps failed on nine nights in March, the inquiry heard.', 'the inquiry heard'],
    ['Rail staff worked 70-hour weeks, Senate estimates told', 'Senate estimates told'],
    ['Rail staff worked 70-hour weeks, MPs told', 'MPs told'],
  ] as const) {
    it(`marks "${t}" as unattributed`, () => {
      const all = attributions(t);
      assert.equal(all.length, 1, JSON.stringify(all));
      assert.equal(all[0]!.kind, 'unattributed');
      assert.equal(all[0]!.cue, cue);
      assert.match(all[0]!.content, /^(?:The pumps failed on nine nights in March|Rail staff worked 70-hour weeks)$/);
    });
  }
});
