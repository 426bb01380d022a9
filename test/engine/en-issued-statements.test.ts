// "X issued a statement saying …": the participle after what X put out is X's report.
// Every sentence here is our own.
import assert from 'node:assert/strict';
import { one } from './en-helpers.js';

describe('English: "issued a statement saying …"', () => {
  it('gives the participle after an issued statement to the one who issued it', () => {
    const a = one('Brindle Foods lost its appeal on Monday. The company issued a statement saying it would take the case further.', 'saying');
    assert.equal(a.speaker, 'Brindle Foods');
    assert.equal(a.content, 'it would take the case further');
  });

  it('does so for a campaign that released a video calling something a name', () => {
    const a = one('The campaign of Senator Orla Quint released a video calling the plan “a fantasy”.', 'calling');
    assert.equal(a.speaker, 'Orla Quint');
  });
});
