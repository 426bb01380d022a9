// English: headlines drop articles, so "family of missing climber says …"
// is the bare headline noun "family" with a description; like "family says",
// it is a source the story names below.
import assert from 'node:assert/strict';
import { attributions } from './en-helpers.js';

describe('English: a headline noun described by "of"', () => {
  it('is a source', () => {
    const t = 'Search widens as family of missing climber says he ‘knew the route well’\n\n'
      + 'Tom Vance, 41, was last seen on Saturday, police said.\n\nThe Vance family said Tom had climbed the route many times.';
    const a = attributions(t).find((x) => x.cue === 'says');
    assert.ok(a, JSON.stringify(attributions(t)));
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Vance family');
  });
});
