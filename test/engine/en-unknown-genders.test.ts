// English pronouns when the names around them have no gender we know (first names outside the tagger's
// lists: Irish, Welsh, Scottish, South Asian ones). Sentences written for these tests.
import assert from 'node:assert/strict';
import { one } from './en-helpers.js';

describe('English: pronouns among names of unknown gender', () => {
  it('gives "he" to the person made the subject after a speaker whose gender is unknown too', () => {
    const t = '“Rents will keep climbing,” said Eilidh Farquhar, an economist at Corran Bank. ' +
      'Housing Minister Tadhg Ruane sounded more hopeful. Speaking in Galway, he insisted the new scheme would help.';
    assert.equal(one(t, 'insisted').speaker, 'Tadhg Ruane');
  });

  it('still gives "she" to the speaker when no one has been made the subject since', () => {
    const t = '“Rents will keep climbing,” said Eilidh Farquhar, an economist at Corran Bank. ' +
      'She added that wages had not kept pace.';
    assert.equal(one(t, 'added').speaker, 'Eilidh Farquhar');
  });
});
