// English phrasing found missing on news the engine was never scored on
// (saved pages read as an annotator). Every sentence here is our own.
import assert from 'node:assert/strict';
import { attributions, one } from './en-helpers.js';

describe('English: a setting after a trailing "X said"', () => {
  it('keeps the clause before when only "at the trial" follows the verb', () => {
    const a = one('The ferry will stop for a week, Hale said at the trial.', 'said');
    assert.equal(a.speaker, 'Hale');
    assert.equal(a.content, 'The ferry will stop for a week');
  });

  it('reads a longer setting the same way ("after the council meeting on Tuesday")', () => {
    const a = one('Fares will rise in May, Mayor Tom Hale said after the council meeting on Tuesday.', 'said');
    assert.equal(a.speaker, 'Tom Hale');
    assert.equal(a.content, 'Fares will rise in May');
  });

  it('still takes the clause after "said at the hearing that"', () => {
    const a = one('Hale said at the hearing that fares would rise.', 'said');
    assert.equal(a.content, 'fares would rise');
  });

  it('does not read a clause after the preposition as a setting', () => {
    const a = one('Fares will rise, Hale said, in a town where buses are the only way to work.', 'said');
    assert.equal(a.content.startsWith('Fares will rise'), true);
  });
});

describe('English: a reporting verb coordinated with a first, non-reporting verb', () => {
  it('gives "… condemned the vote and said …" to the subject of the first verb', () => {
    const a = one('Governor Ann Ross condemned the vote and said the state would appeal.', 'said');
    assert.equal(a.speaker, 'Ann Ross');
    assert.equal(a.content, 'the state would appeal');
  });

  it('works after a leading phrase and with an irregular first verb', () => {
    const a = one('On Monday, Hale met the families and warned that the dam could fail.', 'warned');
    assert.equal(a.speaker, 'Hale');
    assert.equal(a.content, 'the dam could fail');
  });

  it('leaves a sentence whose first clause has its own relative clause alone', () => {
    assert.deepEqual(attributions('The storm that flattened the pier destroyed homes and said nothing.'), []);
  });
});
