// Subjects written with a stressing reflexive or a limiting "only" before the verb.
// Every sentence here is our own.
import assert from 'node:assert/strict';
import { one } from './en-helpers.js';

describe('English: "X himself, speaking …, said"', () => {
  it('reads the name a reflexive stresses as the subject across an aside', () => {
    const a = one('Tomas Brill lost the vote. Brill himself, speaking to reporters after a supper in Ames, said he had not read the report.', 'said');
    assert.equal(a.speaker, 'Tomas Brill');
  });
});

describe('English: "X would only say that …"', () => {
  it('reads a limiting "only" between the modal and the verb', () => {
    const a = one('Asked about the tour, her campaign manager, Ben Ostrow, would only say that the candidate would be everywhere.', 'say');
    assert.equal(a.speaker, 'Ben Ostrow');
    assert.equal(a.content, 'the candidate would be everywhere');
  });
});

describe('English: a place opening the sentence, then a person with an appositive', () => {
  it('does not read the person’s name as the state closing the place', () => {
    const a = one('In Manila, Maria Santos, whose husband is the ship’s cook, said she had spoken to him briefly.', 'said');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Maria Santos');
  });
});

describe('English: "said by phone that …"', () => {
  it('reads "by phone" after the verb as the means of saying, not a passive agent', () => {
    const a = one('Lena Marsh, a retired teacher from Dayton, said by phone that the buffet had been shut since Thursday.', 'said');
    assert.equal(a.speaker, 'Lena Marsh');
    assert.equal(a.content, 'the buffet had been shut since Thursday');
  });
});
