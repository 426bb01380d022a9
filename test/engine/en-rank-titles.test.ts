// English: a rank of several titles ("Detective Inspector Mark Hale",
// "Detective Senior Sergeant Ann Roe") names its holder by each of them, so
// "the detective" later is that person, as "the inspector" is.
import assert from 'node:assert/strict';
import { attributions } from './en-helpers.js';

describe('English: the first title of a rank', () => {
  it('points "the detective" to the holder', () => {
    const t = 'Detective Inspector Mark Hale said the search would go on. The detective told reporters the family had been told.';
    assert.equal(attributions(t).find((x) => x.source === 'The detective')?.speaker, 'Mark Hale');
  });
});
