// English: an unnamed source described by two who-clauses joined by ", and
// who" ("A rider who has worked for both firms, and who declined to be named,
// said …") is one subject; its summary name is the first description.
import assert from 'node:assert/strict';
import { one } from './en-helpers.js';

describe('English: two who-clauses joined by "and"', () => {
  it('make one unnamed subject', () => {
    const a = one('A rider who has worked for both firms, and who declined to be named, said the rest points were poor.', 'said');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.speaker, 'A rider who has worked for both firms');
    assert.equal(a.content, 'the rest points were poor');
  });
});
