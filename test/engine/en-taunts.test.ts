// English taunts with a clause: "Tory MPs jeered that …", "hecklers heckled that
// …" report the clause; "jeered the referee" (an object only) reports nothing.
import assert from 'node:assert/strict';
import { attributions } from './en-helpers.js';

describe('English: taunts', () => {
  it('reports a jeer with its clause', () => {
    const all = attributions('Opposition councillors jeered that the mayor had never visited the estate.');
    assert.equal(all.length, 1, JSON.stringify(all));
    assert.equal(all[0]!.cue, 'jeered');
    assert.equal(all[0]!.content, 'the mayor had never visited the estate');
  });

  it('reports nothing for a jeer at someone', () => {
    assert.deepEqual(attributions('The crowd jeered the referee at half-time.'), []);
    assert.deepEqual(attributions('Fans heckled the manager after the defeat.'), []);
  });
});
