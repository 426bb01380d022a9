// English cues in their Indian and British forms: "as per X" is "according to
// X", and "is learnt to" is the hedge "is understood to".
import assert from 'node:assert/strict';
import { attributions } from './en-helpers.js';

describe('English: Indian and British variants of common cues', () => {
  it('reads "as per X" as "according to X"', () => {
    const t = 'The school was rated the best in the district, as per figures from the education board.';
    const all = attributions(t);
    assert.equal(all.length, 1, JSON.stringify(all));
    assert.equal(all[0]!.cue, 'as per');
    assert.equal(all[0]!.content, 'The school was rated the best in the district');
  });

  it('reads nothing into "as per" before a plan or a habit', () => {
    for (const t of ['The ferry left at noon, as per the timetable.', 'The ferry left late, as per usual.']) assert.deepEqual(attributions(t), [], t);
  });

  it('reads "is learnt to" as an unattributed hedge', () => {
    const t = 'The founder is learnt to have met two rival investors last week.';
    const all = attributions(t);
    assert.equal(all.length, 1, JSON.stringify(all));
    assert.equal(all[0]!.kind, 'unattributed');
    assert.equal(all[0]!.cue, 'is learnt to');
  });
});
