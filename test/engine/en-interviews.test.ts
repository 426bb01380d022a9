// English print Q&A: in an answer, "My granddaughter says …" is someone close to the person answering, who is
// the first person the piece quotes. Sentences written for these tests.
import assert from 'node:assert/strict';
import { attributions, one } from './en-helpers.js';

describe('English: people close to the one answering an interview', () => {
  const qa = 'Retiring teacher Ann Hale: ‘I taught the children of my pupils’\n\nQ: What will you do next?\n\nA: Garden, mostly. My granddaughter says she wants to teach, and I have told her to go for it.';

  it('names "My granddaughter" in an answer after the interviewee', () => {
    const a = one(qa, 'says');
    assert.equal(a.speaker, 'Ann Hale’s granddaughter');
    assert.equal(a.kind, 'named');
  });

  it('leaves "my" outside an interview’s answers unreported', () => {
    assert.equal(attributions('My husband says prices in the town are far too high.').length, 0);
  });
});

describe('English: a clause opened by a pronoun with its verb clitic', () => {
  it('is the claim of a verb that takes only a clause ("reckons I’ll …")', () => {
    assert.equal(one('Ann Hale reckons I’ll last a fortnight before volunteering.', 'reckons').content, 'I’ll last a fortnight before volunteering');
    assert.equal(one('The coach suspects they’re tired after the long trip.', 'suspects').content, 'they’re tired after the long trip');
  });
});
