// ", which has said …": the relative pronoun's antecedent agrees with its verb.
// Every sentence here is our own.
import assert from 'node:assert/strict';
import { one } from './en-helpers.js';

describe('English: "members of the X government, which has denied …"', () => {
  it('gives a singular "which" the body after "of", not the plural before it', () => {
    const a = one('The lobbying effort included members of the Veloran government, which has strongly denied any role in the attack.', 'denied');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Veloran government');
  });

  it('leaves a plural "which" with the plural', () => {
    const a = one('The lobbying effort included members of the unions, which have denied any role in the strike.', 'denied');
    assert.equal(a.kind, 'anonymous');
  });
});
