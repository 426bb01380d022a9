// English: a relative named in apposition ("Aroha’s mother, Hine Matene,")
// speaks by her own name; a family or parents stay the kin of the one named.
import assert from 'node:assert/strict';
import { one } from './en-helpers.js';

describe('English: a relative named in apposition', () => {
  it('speaks by her own name', () => {
    const t = 'Aroha Matene, 17, died in the crash. “Every morning I set the table for four,” Aroha’s mother, Hine Matene, said.';
    assert.equal(one(t, 'said').speaker, 'Hine Matene');
  });

  it('keeps an unnamed relative as the kin of the one named', () => {
    const t = 'Aroha Matene, 17, died in the crash. Aroha’s mother said the sentence was too short.';
    assert.equal(one(t, 'said').speaker, 'Aroha Matene’s mother');
  });
});
