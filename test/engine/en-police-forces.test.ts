// A police force a story names only through its people ("a Harlow City police
// officer"): "the department", "the force" and "police" are that force.
import assert from 'node:assert/strict';
import { one } from './en-helpers.js';

describe('English: a force named through its officers', () => {
  it('"the department" after "a <Place> police officer" is that police department', () => {
    const t = 'A Kelby Falls police officer shot a teenager outside a school on Monday. The department said the officer had fired once.';
    const a = one(t, 'said');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Kelby Falls Police Department');
  });

  it('"police said" after "<Place> police detectives" is that force', () => {
    const t = 'Dunmore police detectives searched the flat on Tuesday. Police said two men had been arrested.';
    const a = one(t, 'said');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Dunmore Police');
  });

  it('a sentence-start word is no place: "Two police officers" names no force', () => {
    const t = 'Two police officers were hurt in the crash. The department said both were recovering.';
    assert.equal(one(t, 'said').kind, 'anonymous');
  });
});
