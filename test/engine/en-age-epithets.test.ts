// "the 34-year-old" with no age given in the text stands for the person the
// story is about: the one who opens the sentence before, not someone named
// after its verb, nor the "he" of a clause hung on that sentence.
import assert from 'node:assert/strict';
import { one } from './en-helpers.js';

describe('English: an age epithet is the person the sentence is about', () => {
  it('a pronoun quoted in a clause after another person opens the sentence does not take the epithet', () => {
    const t = 'Actor Mira Kapoor on Monday took to Instagram to criticise producer Arjun Mehta, a day after he claimed in an interview that she had quit the film.\n\n“I kept quiet for a year. No more,” the 34-year-old wrote in a post.';
    assert.equal(one(t, 'wrote').speaker, 'Mira Kapoor');
    assert.equal(one(t, 'claimed').speaker, 'Arjun Mehta');
  });

  it('with no one quoted before, the person who opens the sentence, not the object of its verb', () => {
    const t = 'Singer Lena Brooks on Monday criticised promoter Tom Hale in a long post.\n\n“I kept quiet for a year. No more,” the 34-year-old wrote.';
    assert.equal(one(t, 'wrote').speaker, 'Lena Brooks');
  });

  it('a person quoted by name, not by a pronoun, still takes it', () => {
    const t = 'Tom Hale, the promoter, said on Monday that the tour by Lena Brooks would go ahead.\n\n“It will sell out,” the 52-year-old added.';
    assert.equal(one(t, 'added').speaker, 'Tom Hale');
  });
});
