// A headline may string two present verbs on one subject with a comma ("X hits back at Y, calls his remarks ‘…’",
// "X quits, says board ignored her"): the second verb shares the name that opens the headline; it is no inversion.
import assert from 'node:assert/strict';
import { one } from './en-helpers.js';

describe('English: a headline’s second verb after a comma', () => {
  it('"X hits back at Y, calls …" is X', () => {
    const t = 'Lena Brooks hits back at promoter, calls his claims ‘a smear’\n\nSinger Lena Brooks on Friday answered promoter Tom Hale.';
    const a = one(t, 'calls');
    assert.equal(a.speaker, 'Lena Brooks');
    assert.equal(a.content, 'his claims ‘a smear’');
  });

  it('"X quits, says …" is X', () => {
    const t = 'Tom Hale quits, says board ignored warnings\n\nTom Hale resigned as chairman on Friday.';
    assert.equal(one(t, 'says').speaker, 'Tom Hale');
  });

  it('an inverted bare source still inverts', () => {
    const t = 'Trains halted for a week, says operator\n\nNorthline Rail said on Friday that repairs would take a week.';
    assert.equal(one(t, 'says').source, 'operator');
  });
});
