// A headline closing on a ranked office ("…, deputy governor says", "…, vice president says") names its holder
// below ("Deputy Governor X"); the claim is the headline's last clause, after a semicolon, even when a few of its
// words are in quotes.
import assert from 'node:assert/strict';
import { one } from './en-helpers.js';

describe('English: headline offices with a rank', () => {
  it('"…, deputy governor says" is the deputy governor the story names', () => {
    const t = 'Rate rise still possible, deputy governor says\n\nOSLO — Deputy Governor Ingrid Sande said the bank could raise rates again in March.';
    const a = one(t, 'says');
    assert.equal(a.speaker, 'Ingrid Sande');
    assert.equal(a.content, 'Rate rise still possible');
  });

  it('after a semicolon, the last clause with its quoted words is the claim', () => {
    const t = 'Bank holds rates; March hike ‘not ruled out’, vice president says\n\nOSLO — Vice President Lars Dahl said the bank could raise rates again in March.';
    const a = one(t, 'says');
    assert.equal(a.speaker, 'Lars Dahl');
    assert.equal(a.content, 'March hike ‘not ruled out’');
  });
});
