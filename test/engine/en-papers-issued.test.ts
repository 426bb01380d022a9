// English papers a source issued: "X said in a <paper> …" and then "the <paper>
// said" is X speaking again, for any paper (a filing, a letter), not only a
// statement or a news release.
import assert from 'node:assert/strict';
import { attributions } from './en-helpers.js';

describe('English: a paper speaks as the one who issued it just before', () => {
  for (const [t, cue, speaker] of [
    ['Halden Foods cut its forecast, the company said in a regulatory filing on Monday. The chief executive will step down in June, the filing said.', 'said', 'Halden Foods'],
    ['The mayor, Ann Burke, wrote in a letter to residents that the pool would close. The letter said repairs would take a year.', 'said', 'Ann Burke'],
  ] as const) {
    it(`gives the paper to ${speaker} in "${t.slice(0, 40)}…"`, () => {
      const last = attributions(t).filter((a) => a.cue === cue).pop();
      assert.ok(last, JSON.stringify(attributions(t)));
      assert.equal(last.kind, 'named');
      assert.equal(last.speaker, speaker);
    });
  }
});
