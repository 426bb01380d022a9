// English: "known as <Name>" is the name a source goes by and belongs to the
// source phrase after "according to"; it is not the start of the claim.
import assert from 'node:assert/strict';
import { attributions } from './en-helpers.js';

describe('English: a source "known as" a name', () => {
  it('keeps the name in the source', () => {
    const t = 'The tablet will cost under 500 dollars, according to the leaker known as GreyDesk.';
    const a = attributions(t).find((x) => x.cue.toLowerCase() === 'according to');
    assert.ok(a, JSON.stringify(attributions(t)));
    assert.equal(a.speaker, 'GreyDesk');
    assert.equal(a.content, 'The tablet will cost under 500 dollars');
  });

  it('keeps it in a paper\'s source too', () => {
    const t = 'The tablet will cost under 500 dollars, according to a report posted on Sunday by the leaker known as GreyDesk.';
    const a = attributions(t).find((x) => x.cue.toLowerCase() === 'according to');
    assert.ok(a, JSON.stringify(attributions(t)));
    assert.match(a.source ?? '', /known as GreyDesk$/);
    assert.equal(a.content, 'The tablet will cost under 500 dollars');
  });
});
