// English: "Assistant Professor Gavin Lee of the National University of
// Singapore said": the words of a rank before a person's name, then where the
// person works after "of"; the person speaks, not the university.
import assert from 'node:assert/strict';
import { one } from './en-helpers.js';

describe('English: a ranked name with its workplace', () => {
  it('is the person', () => {
    const a = one('Assistant Professor Gavin Lee of the National University of Singapore, who studies platform work, said the schemes made breaks costly.', 'said');
    assert.equal(a.grade, 'person');
    assert.equal(a.speaker, 'Gavin Lee');
  });
});
