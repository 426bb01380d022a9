// English bodies of a named body with an appositive: "The board of Halden
// Foods, the Leeds-based maker of pies, said …" is the board of Halden Foods
// (the appositive describes the firm); it was left unresolved.
import assert from 'node:assert/strict';
import { attributions } from './en-helpers.js';

describe('English: "the board of X, <appositive>," as a source', () => {
  it('names the board up to its appositive', () => {
    const t = 'The board of Halden Foods, the Leeds-based maker of pies, said it had removed its chief executive.';
    const all = attributions(t);
    assert.equal(all.length, 1, JSON.stringify(all));
    assert.equal(all[0]!.kind, 'named');
    assert.equal(all[0]!.speaker, 'board of Halden Foods');
  });
});
