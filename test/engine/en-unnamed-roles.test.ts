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

describe('English: a family\'s counsel, named later', () => {
  it('"The lawyer for the family of …" and a headline\'s "family\'s lawyer" are the attorney who represents the family', () => {
    const t = 'Deputy was speeding before crash, family\'s lawyer says\n\nThe lawyer for the family of a woman struck by a county deputy said on Friday that the deputy had been speeding.\n\n“He was doing twice the limit,” said Corinne Abbott-Lyle, a civil rights attorney who represents the Marsh family.';
    assert.equal(one(t, 'says').speaker, 'Corinne Abbott-Lyle');
    const a = attributions(t).find((x) => x.source?.startsWith('The lawyer for the family'));
    assert.equal(a?.kind, 'named');
    assert.equal(a?.speaker, 'Corinne Abbott-Lyle');
  });

  it('"the family\'s lawyer, who asked not to be named," names nobody', () => {
    const t = 'The family\'s lawyer, who asked not to be named, said the case was weak.';
    assert.equal(one(t, 'said').kind, 'anonymous');
  });

  it('a lawyer for someone else stays unnamed', () => {
    const t = 'The lawyer for the driver said on Friday that he had not been speeding.\n\n“He was careful,” said Corinne Abbott-Lyle, a civil rights attorney who represents the Marsh family.';
    assert.equal(attributions(t).find((x) => x.source === 'The lawyer for the driver')?.kind, 'anonymous');
  });
});
