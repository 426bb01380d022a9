// A headline's bare "Journal" ("Journal withdraws …, citing …") is the journal the story names below, the first named
// outlet or body that speaks in the lead; with none named it stays as written.
import assert from 'node:assert/strict';
import { one } from './en-helpers.js';

describe('English: a headline journal takes the name the story gives it', () => {
  it('"Journal withdraws …, citing …" is the journal named in the lead', () => {
    const t = 'Journal withdraws coral study, citing ‘altered’ photos\n\n'
      + 'A marine science journal has withdrawn a 2021 paper on coral bleaching.\n\n'
      + 'In a notice published on Friday, Reef Science Quarterly said a review had found altered photos in two figures.';
    assert.equal(one(t, 'citing').speaker, 'Reef Science Quarterly');
  });
});
