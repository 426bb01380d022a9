// English match-report phrasing: criticism verbs with their reason, players described by nationality,
// verdicts in quoted words followed by the occasion. Sentences written for these tests.
import assert from 'node:assert/strict';
import { attributions, one } from './en-helpers.js';

describe('English: match reports', () => {
  it('reads "blasted X for Y" as criticism reported by the subject', () => {
    const t = 'Rovers boss Ian Tarrant blasted the linesman for flagging a perfectly good goal in stoppage time.';
    const a = one(t, 'blasted');
    assert.equal(a.speaker, 'Ian Tarrant');
    assert.match(a.content, /^the linesman for flagging/);
  });

  it('does not read a physical "blasted" as a report', () => {
    const t = 'The ground staff blasted hot air across the frozen pitch for two hours before kick-off.';
    assert.equal(attributions(t).filter((a) => a.cue === 'blasted').length, 0);
  });

  it('gives "said the Portuguese striker" to the player named before', () => {
    const t = 'Ana Ferreira scored twice in the second half. “We kept believing until the end,” said the Portuguese striker.';
    const a = one(t, 'said');
    assert.equal(a.speaker, 'Ana Ferreira');
    assert.equal(a.kind, 'named');
  });

  it('ends a verdict in quoted words before the occasion the writer adds', () => {
    const t = 'Coach Lisa Harte hailed her players’ “incredible spirit” after a comeback win at Elland Road on Sunday.';
    assert.equal(one(t, 'hailed').content, 'her players’ “incredible spirit”');
  });
});

describe('English: transfer news', () => {
  it('a one-word club name with a plural verb is a club, whatever first name it looks like ("Chelsea are …")', () => {
    const t = 'Chelsea are in advanced talks to sign a striker. A Chelsea spokesperson said the club did not comment on speculation.';
    const a = one(t, 'said');
    assert.equal(a.speaker, 'Chelsea');
    assert.equal(a.grade, 'organization');
  });

  it('"agreed personal terms" is a deal, not a claim; "agreed the plan had failed" is', () => {
    assert.deepEqual(attributions('The striker agreed personal terms with the club.'), []);
    assert.equal(one('He agreed the plan had failed.', 'agreed').content, 'the plan had failed');
  });
});
