// A headline may close on its verb, then a bare source ("…, claims source", "…, claims report"): the verb before its
// source, inverted after the comma, reports the headline's claim; the bare source is the one the story describes.
import assert from 'node:assert/strict';
import { one } from './en-helpers.js';

describe('English: headlines closing on "claims" and a bare source', () => {
  it('"…, claims source" is the source the story describes', () => {
    const t = 'Marlow to replace coach before derby, claims source\n\nA source close to the board told the Courier that a new coach would be named on Friday.';
    const a = one(t, 'claims');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.speaker, 'A source close to the board');
    assert.equal(a.content, 'Marlow to replace coach before derby');
  });

  it('"…, claims report"', () => {
    const t = 'Marlow to replace coach before derby, claims report\n\nThe club declined to comment.';
    assert.equal(one(t, 'claims').content, 'Marlow to replace coach before derby');
  });
});
