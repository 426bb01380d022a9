// "Родственники одного из задержанных, 34-летнего водителя из Оша, уверены …": an apposition in the genitive describes
// the genitive that closes the subject; the subject before it still speaks.
import assert from 'node:assert/strict';
import { by, ru } from './ru-helpers.js';

describe('Russian genitive apposition after a subject', () => {
  it('reads the subject across the apposition', () => {
    const a = by(ru('Родственники одного из пострадавших, 40-летнего фермера из Талгара, уверены, что он ни в чём не виноват.'), 'уверены');
    assert.equal(a.source, 'Родственники одного из пострадавших');
    assert.equal(a.content, 'он ни в чём не виноват');
  });
});
