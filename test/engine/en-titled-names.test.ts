// A title before a name that runs on into "of" an institution: the title is the person's, not the place's.
// Every sentence here is our own.
import assert from 'node:assert/strict';
import { attributions, one } from './en-helpers.js';

const text = 'Dr. Wren Ashby of Kelmouth University led the study, which followed 400 patients for two years.\n\n“It was a surprise,” Ashby said. She said more work was needed.';

describe('English: "Dr. Name of X University"', () => {
  it('resolves the surname alone to the person, not to the university', () => {
    assert.equal(attributions(text).find((a) => a.source === 'Ashby')?.speaker, 'Wren Ashby');
  });

  it('resolves the pronoun after it to her too', () => {
    assert.equal(attributions(text).find((a) => a.source === 'She')?.speaker, 'Wren Ashby');
  });

  it('keeps a title that opens a place’s own name', () => {
    assert.equal(one('Queen Street Station said trains were running late.', 'said').speaker, 'Queen Street Station');
  });
});
