// The family of a person the story names speaks as that person's family, not
// as an unnamed source. Every sentence here is our own.
import assert from 'node:assert/strict';
import { attributions, one } from './en-helpers.js';

const CRASH = 'A man who died after his van hit a wall has been named as Peter Amadi, 41. His family described him as "a gentle giant". '
  + 'In a tribute released through police, they said: "Peter was the heart of our home."';

describe('English: "his family", "her parents"', () => {
  it('gives "his family" the name of the man "his" points to', () => {
    const a = one(CRASH, 'described');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Peter Amadi’s family');
  });

  it('takes "they" after it for the family, not for the police the tribute went through', () => {
    const a = one(CRASH, 'said');
    assert.equal(a.speaker, 'Peter Amadi’s family');
    assert.equal(a.content, 'Peter was the heart of our home.');
  });

  it('reads "her parents" the same way', () => {
    const a = one('Lucy Brennan, 19, was last seen on Friday. Her parents said she had never gone missing before.', 'said');
    assert.equal(a.speaker, 'Lucy Brennan’s parents');
  });

  it('leaves the family of no one named an unnamed source', () => {
    const all = attributions('His family said he had been unwell for months.');
    assert.equal(all.length, 1);
    assert.equal(all[0]!.kind, 'anonymous');
  });
});

describe('English: a family named by its surname', () => {
  it('reads "the Quarrie family" as a named source', () => {
    const a = one('The Quarrie family said they were grateful for the support.', 'said');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Quarrie family');
  });

  it('gives "the family" later to the family named so just before', () => {
    const text = 'Ines Wald, a lawyer who represents the Quarrie family, spoke to reporters on Monday. The family says the boy had never been in trouble.';
    const a = one(text, 'says');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Quarrie family');
  });

  it('leaves a family described by a nationality unnamed', () => {
    assert.equal(one('The French family said they were grateful for the support.', 'said').kind, 'anonymous');
  });
});
