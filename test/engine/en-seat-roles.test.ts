// English offices held for a place or a body, then the holder's name between
// commas: "The Minister for Health, Ann Burke, said …", "the MP for Eastbrook,
// Mira Sood, said …". The office may be written in capitals, and a seat in a
// legislature is such an office.
import assert from 'node:assert/strict';
import { attributions } from './en-helpers.js';

describe('English: an office held for a place, then the name', () => {
  for (const [t, source, speaker] of [
    ['The Minister for Transport, Ann Burke, said the line would reopen in March.', 'The Minister for Transport, Ann Burke', 'Ann Burke'],
    ['The Secretary of State for Wales, Owen Pryce, said the line would reopen in March.', 'The Secretary of State for Wales, Owen Pryce', 'Owen Pryce'],
    ['The MP for Eastbrook, Mira Sood, said the line would reopen in March.', 'The MP for Eastbrook, Mira Sood', 'Mira Sood'],
    ['Later, the member for Kew, Tom Abara, said the line would reopen in March.', 'the member for Kew, Tom Abara', 'Tom Abara'],
  ] as const) {
    it(`names the holder in "${t}"`, () => {
      const all = attributions(t);
      assert.equal(all.length, 1, JSON.stringify(all));
      assert.equal(all[0]!.kind, 'named');
      assert.equal(all[0]!.source, source);
      assert.equal(all[0]!.speaker, speaker);
      assert.equal(all[0]!.content, 'the line would reopen in March');
    });
  }
});
