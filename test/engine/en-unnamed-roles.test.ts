// English: a role with no name given ("the minister", "the sister in charge") is not whoever spoke last when
// that person is described by another job, or was unnamed too. Sentences written for these tests.
import assert from 'node:assert/strict';
import { attributions, one } from './en-helpers.js';

describe('English: roles left without a name', () => {
  it('does not give "the minister" to a speaker described by another job', () => {
    const t = 'Retired firefighter Tomasz Wrobel says the station is short of crews. ' +
      'The minister told parliament in May that rural cover was “a priority”.';
    assert.notEqual(one(t, 'told').speaker, 'Tomasz Wrobel');
  });

  it('keeps "the sister in charge" as its own description', () => {
    const t = 'Nurse Ana Ruiz says the night was chaotic. The sister in charge told her afterwards that she had done well.';
    assert.equal(one(t, 'told').speaker, 'sister in charge');
  });

  it('still gives a role to the person who spoke last when a party, not a job, describes them', () => {
    const t = 'Democrat Laura Kim said taxes would fall. The senator said the plan would cut costs.';
    assert.equal(attributions(t)[1]!.speaker, 'Laura Kim');
  });
});
