// "Ледник тает быстрее, чем считалось": a comparison with what was thought or expected reports no claim.
import assert from 'node:assert/strict';
import { ru } from './ru-helpers.js';

describe('Russian comparisons with what was thought', () => {
  it('reports no hedge for "чем считалось / предполагалось"', () => {
    assert.equal(ru('Ледник тает быстрее, чем считалось.').length, 0);
    assert.equal(ru('Цены выросли сильнее, чем предполагалось.').length, 0);
    assert.equal(ru('Как сообщается, цены выросли.').length, 1);
  });
});
