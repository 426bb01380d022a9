// Two people who share a surname: which one a bare surname or a pronoun means.
// Every sentence here is our own.
import assert from 'node:assert/strict';
import { attributions, one } from './en-helpers.js';

describe('English: two people sharing a surname', () => {
  it('reads a bare surname as the one whose full name was written last', () => {
    const text = 'Former governor Walter Pennock spoke at a rally on Tuesday for his wife, Marion Pennock.\n\n'
      + '“Nobody in this state should wait a year for a hip operation,” Pennock said.';
    assert.equal(one(text, 'said').speaker, 'Marion Pennock');
  });

  it('keeps the first-named one when the other has since been called by the first name alone', () => {
    const text = 'Chef Rory Quill is said to be upset after his wife, Odile Quill, moved out.\n\n'
      + 'Odile, 41, posted a picture of the sea on Sunday.\n\n'
      + 'A spokesman for Quill said the couple would not comment.';
    assert.equal(one(text, 'said').speaker, 'Rory Quill');
  });

  it('does not give a title on the surname alone ("Mrs.") to the namesake whose first name no list knows', () => {
    const text = 'Mrs. Pennock has led in the polls since May, and her husband, Dov Pennock, has campaigned for her.\n\n'
      + 'Marion Pennock spoke in Dayton on Monday.\n\n'
      + 'Dov Pennock worried aloud that voters were tired.\n\n'
      + 'On the trail, Mrs. Pennock often promises lower fares. She also argued for a new bridge.';
    const she = attributions(text).find((a) => a.source === 'She');
    assert.equal(she?.speaker, 'Marion Pennock');
  });
});
