// "Коллеги вспоминают его доброту": remembering a thing is no claim (a memory is reported by a что-clause, a colon or a
// quote). "Зрители вспоминают его Гамлета: многие называют эту роль «лучшей»": many of the group after a colon are that group.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian memories of things and many of a group', () => {
  it('reports no claim for a thing remembered, but a что-clause', () => {
    assert.equal(ru('Коллеги вспоминают его доброту.').length, 0);
    assert.equal(by(ru('Коллеги вспоминают, что он никогда не опаздывал.'), 'вспоминают').content, 'он никогда не опаздывал');
  });

  it('gives the label to the group that many after the colon belong to', () => {
    const list = ru('Зрители в соцсетях вспоминают прежде всего его Гамлета 1979 года: многие называют эту роль «лучшей в истории театра».');
    assert.equal(list.length, 1);
    const a = by(list, 'называют');
    assert.equal(a.source, 'Зрители в соцсетях');
    assert.equal(a.kind, 'anonymous');
  });
});
