// "передает корреспондент агентства": the outlet's own reporter, the outlet named last (its dateline too).
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian outlet staff named by the outlet noun', () => {
  it('"корреспондент агентства" after a dateline is that agency', () => {
    const a = by(ru('ТАРАЗ. KAZINFORM – В Таразе открылся онкоцентр, передает корреспондент агентства.'), 'передает');
    assert.equal(a.speaker, 'Kazinform');
  });
});
