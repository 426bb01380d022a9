// "Её давний партнёр, режиссёр Нодар Гигаури, вспоминает …": a partner is a word for a person, so the name in
// apposition after it is the speaker.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian partners named in apposition', () => {
  it('gives the claim to the partner named after the title', () => {
    const a = by(ru('Её давний партнёр, режиссёр Нодар Гигаури, вспоминает, что она никогда не опаздывала.'), 'вспоминает');
    assert.equal(a.speaker, 'Нодар Гигаури');
    assert.equal(a.content, 'она никогда не опаздывала');
  });
});
