// "show" reports evidence ("the figures show prices rose"), but "show them to X" hands a thing over to be seen:
// a pronoun object then "to" and a person is no claim.
import assert from 'node:assert/strict';
import { attributions, one } from './en-helpers.js';

describe('English: showing a thing to someone reports nothing', () => {
  it('"so they can show them to …"', () => {
    const t = 'Clinics give patients a card so they can show it to pharmacists.';
    assert.equal(attributions(t).filter((a) => a.cue === 'show').length, 0);
  });

  it('"showed them to the guards"', () => {
    const t = 'The drivers kept their permits and showed them to the guards at the border.';
    assert.equal(attributions(t).filter((a) => a.cue === 'showed').length, 0);
  });

  it('evidence still shows', () => {
    const t = 'Figures released on Monday show that rents rose by 6 percent.';
    assert.equal(one(t, 'show').content, 'rents rose by 6 percent');
  });
});
