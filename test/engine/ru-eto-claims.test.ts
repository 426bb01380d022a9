// "заявил, что это провокация": a что-clause opening with "это" is a claim;
// "подтвердил это" (the pronoun as the object) is none.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian что-clauses that open with "это"', () => {
  it('"X заявил, что это провокация" reports the claim', () => {
    const a = by(ru('Губернатор заявил, что это провокация.'), 'заявил');
    assert.equal(a.content, 'это провокация');
    assert.equal(by(ru('В соцсетях пишут, что это не первый случай.'), 'пишут').content, 'это не первый случай');
  });

  it('"это" as the object reports nothing', () => {
    assert.equal(ru('Губернатор подтвердил это.').length, 0);
  });
});
