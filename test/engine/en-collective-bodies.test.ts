// A named body as the subject of a plural verb, as British English writes it
// ("Arsenal insist …", "Ofwat say …"). Every sentence here is our own.
import assert from 'node:assert/strict';
import { attributions, one } from './en-helpers.js';

describe('English: a named body with a plural verb', () => {
  it('reads "Arsenal insist the striker is not for sale" as the club\'s claim', () => {
    const a = one('Wexford United insist the striker is not for sale.', 'insist');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Wexford United');
    assert.equal(a.content, 'the striker is not for sale');
  });

  it('reads it after an aside between the body and its verb', () => {
    const a = one('Wexford United, meanwhile, insist the striker is not for sale.', 'insist');
    assert.equal(a.speaker, 'Wexford United');
  });

  it('reads "claim that" after a body the text named before', () => {
    const a = one('The Marlow Water Company has been fined. The Marlow Water Company claim that the spills were reported.', 'claim');
    assert.equal(a.content, 'the spills were reported');
  });

  it('does not read a noun compound before a verb as a report ("the company report found")', () => {
    assert.equal(attributions('The Harlow Group report found that profits fell.').some((a) => a.cue === 'report'), false);
  });
});
