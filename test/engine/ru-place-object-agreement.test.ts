// "В министерстве решение объясняют нехваткой кадров": a singular noun cannot be the subject of a plural verb; after a
// place that opens the clause it is the verb's object, and the place speaks.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian objects between a speaking place and a plural verb', () => {
  it('"решение" is the object; the ministry speaks', () => {
    const a = by(ru('В министерстве решение объясняют нехваткой кадров.'), 'объясняют');
    assert.equal(a.source, 'министерстве');
  });
});
