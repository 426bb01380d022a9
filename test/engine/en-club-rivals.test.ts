// "The club" is the side the story is about, not the opponent: a side named after "rivals" or after the "by" of a
// defeat is the other team, whichever is named last.
import assert from 'node:assert/strict';
import { one } from './en-helpers.js';

describe('English: "the club" is not its rivals', () => {
  it('a defeat by local rivals', () => {
    const t = 'Harlow Wanderers have parted company with coach Ian Roe after Sunday’s 3-1 defeat by local rivals Kelby Town, the League One club confirmed.';
    assert.equal(one(t, 'confirmed').speaker, 'Harlow Wanderers');
  });

  it('a side after "derby rivals"', () => {
    const t = 'Marlow United sacked their manager two days after losing to derby rivals Fenwick Athletic. The club said the search for a successor had begun.';
    assert.equal(one(t, 'said').speaker, 'Marlow United');
  });
});
