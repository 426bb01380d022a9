// A body described first, then named in apposition: the whole name is the speaker.
// Every sentence here is our own.
import assert from 'node:assert/strict';
import { one } from './en-helpers.js';

describe('English: a body named in apposition, its name joined by "of"', () => {
  it('keeps the name whole past "of", without its article', () => {
    assert.equal(one('The union, the Institute of Harbour Pilots, said pay was too low.', 'said').speaker, 'Institute of Harbour Pilots');
  });

  it('does so after a participle describing the body too', () => {
    assert.equal(one('The union representing pilots, the Institute of Harbour Pilots, said pay was too low.', 'said').speaker, 'Institute of Harbour Pilots');
  });

  it('still reads a person "of" a place as the person', () => {
    assert.equal(one('One passenger, Gemma Rowe of Leeds, said the train was late.', 'said').speaker, 'Gemma Rowe');
  });
});
