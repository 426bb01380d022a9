// Names no English first-name list knows, from Kazakh, Russian, Ukrainian and
// Georgian news in English: people, not bodies, and the pronouns that follow
// them. Every sentence here is our own.
import assert from 'node:assert/strict';
import { attributions, one } from './en-helpers.js';

/** The n-th attribution with this cue. */
const nth = (t: string, cue: string, n: number) => attributions(t).filter((a) => a.cue === cue)[n]!;

describe('English: people with names from the former Soviet lands', () => {
  it('takes "Almas Berikuly said … He added" for one man', () => {
    const t = 'Kazakhstan will build a dam, officials said. Almas Berikuly said the site had been chosen. He added that talks were under way.';
    const a = one(t, 'added');
    assert.equal(a.kind, 'named');
    assert.equal(a.grade, 'person');
    assert.equal(a.speaker, 'Almas Berikuly');
  });

  it('reads the gender a surname gives: "Dana Zhaksybekova … she said"', () => {
    const t = 'Ecologist Dana Zhaksybekova said the lake was shrinking. “The water is going,” she said.';
    assert.equal(nth(t, 'said', 1).speaker, 'Dana Zhaksybekova');
  });

  it('takes any two-word name whose surname alone is a subject of a report later for a person', () => {
    const t = 'Oisin Targuel said the harbour would reopen. Targuel said repairs had begun. He added that fees would not rise.';
    assert.equal(one(t, 'added').speaker, 'Oisin Targuel');
  });
});

describe('English: a trailing source after a place name', () => {
  it('does not make "Lake Orsk" the head of the agency in "… near Lake Orsk, the head of the agency said"', () => {
    const t = 'The plant will be built near Lake Orsk, the head of the energy agency said on Friday. Almas Berikuly told reporters that the site was chosen. “It is safe,” Berikuly said. He added that the work would start soon.';
    assert.equal(nth(t, 'said', 0).speaker, 'head of the energy agency');
    assert.equal(one(t, 'added').speaker, 'Almas Berikuly');
  });
});

describe('English: a trailing source set off by its appositive', () => {
  for (const t of [
    'The port will close in May, Tom Hale, the harbour master, said.',
    'The port will close in May, Tom Hale, the head of the port authority, said on Monday.',
    'The port will close in May, the head of the port authority, Tom Hale, said.',
  ]) {
    it(t, () => {
      const a = one(t, 'said');
      assert.equal(a.speaker, 'Tom Hale');
      assert.equal(a.content, 'The port will close in May');
    });
  }
});

describe('English: a name whose surname alone leads a clause later', () => {
  it('"Elon Musk said … Musk did not say …": a person, whatever the first name', () => {
    const t = 'Ulric Masko said cheaper models would launch soon. Masko did not say when the robotaxi would be ready.';
    assert.equal(one(t, 'said').grade, 'person');
  });

});
