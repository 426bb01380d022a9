// Answers to a claim named by a noun point back to it: "Pryce dismissed the
// suggestion", "Ferreyra rejected that view" answer the claim reported just
// before. Also the subjects and complements these answers come with.
import assert from 'node:assert/strict';
import { attributions, one } from './en-helpers.js';

describe('English: "dismissed the suggestion" points back', () => {
  it('the claim dismissed is the hedged claim before', () => {
    const t = 'There have been claims that the striker wants to leave. Coach Ivo Marsh dismissed the suggestion on Friday.';
    const a = one(t, 'dismissed');
    assert.equal(a.speaker, 'Ivo Marsh');
    assert.equal(a.content, 'the striker wants to leave');
  });

  it('"rejected that view" answers the report before it', () => {
    const t = 'One analyst said neither side wanted to move first. Ferrante rejected that view.';
    assert.equal(one(t, 'rejected').content, 'neither side wanted to move first');
  });

  it('with no report before, the sentence before is the claim', () => {
    const t = 'The mill will close in June. The company denied the report.';
    assert.equal(one(t, 'denied').content, 'The mill will close in June');
  });

  it('a denial of a thing that is not a claim keeps its own words', () => {
    assert.equal(one('The company denied any wrongdoing.', 'denied').content, 'any wrongdoing');
  });
});

describe('English: complements and subjects of such answers', () => {
  it('"recommended cutting catches": a gerund clause is a claim', () => {
    assert.equal(one('The Kelso Fisheries Commission recommended cutting catches by a fifth.', 'recommended').content, 'cutting catches by a fifth');
  });

  it('"One member who voted yes, speaking on condition of anonymity, said X"', () => {
    const t = 'One member who voted no, speaking on condition of anonymity, said the deal was rushed.';
    const a = one(t, 'said');
    assert.equal(a.kind, 'anonymous');
    assert.ok(a.source!.startsWith('One member who voted no'), a.source!);
  });
});

describe('English: "rejected the claim" after a claim that reports another inside it', () => {
  it('answers the claim made to the reader, not the words reported inside it', () => {
    const t = 'Councillor Graham Roe said he had seen an internal memo in which the chief engineer told colleagues that the survey was “at best half finished”.\n\nMayor Ann Vale rejected the claim.';
    assert.equal(one(t, 'rejected').content, 'he had seen an internal memo in which the chief engineer told colleagues that the survey was “at best half finished”');
  });
});
