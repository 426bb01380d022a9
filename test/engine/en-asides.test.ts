// A participle clause set off between a source and its verb (", writing on
// Telegram,", ", asked about the leak,") is the setting of the report: it is
// neither part of who spoke nor a report of its own. Every sentence here is our own.
import assert from 'node:assert/strict';
import { attributions, one } from './en-helpers.js';

describe('English: a participle aside inside the subject', () => {
  it('"The governor, writing on Telegram, said" is the governor', () => {
    const a = one('The governor, writing on Telegram, said two drones had been shot down.', 'said');
    assert.equal(a.source, 'The governor');
    assert.equal(a.speaker, 'governor');
    assert.equal(a.content, 'two drones had been shot down');
  });

  it('reads "speaking at a rally" and "asked about the leak" the same way', () => {
    assert.equal(one('The mayor, speaking at a rally in Dunmore, said the tram would be built.', 'said').speaker, 'mayor');
    assert.equal(one('The minister, asked about the leak, said she had not read it.', 'said').source, 'The minister');
  });

  it('keeps the name before the aside', () => {
    const a = one('The regional governor, Oleg Varin, writing on Telegram, said a drone hit a depot.', 'said');
    assert.equal(a.speaker, 'Oleg Varin');
    assert.equal(a.content, 'a drone hit a depot');
  });

  it('the participle is no report of its own when the subject\'s verb follows', () => {
    const a = one('Corran, writing in a local paper, argued that the tax was unfair.', 'argued');
    assert.equal(a.source, 'Corran');
    assert.equal(a.content, 'the tax was unfair');
  });

  it('an anonymity aside still describes the source', () => {
    const a = one('A senior official, speaking on condition of anonymity, said the plan was dead.', 'said');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.speaker, 'A senior official');
  });

  it('a title or a list is no aside', () => {
    assert.equal(one('Dana Pell, acting chair of the board, said the audit was late.', 'said').source, 'Dana Pell, acting chair of the board');
    assert.equal(one('Others, including the treasurer, thought the plan was rushed.', 'thought').source, 'Others, including the treasurer');
  });
});

describe('English: a relative clause that describes the source', () => {
  it('"a GP who writes about sleep, tweeted that …" is one report, the tweet', () => {
    const t = 'Dr Ian Moss, a GP who writes about sleep, tweeted that the paper was weak.';
    assert.deepEqual(attributions(t).map((a) => [a.cue, a.speaker, a.content]), [['tweeted', 'Ian Moss', 'the paper was weak']]);
  });

  it('"who speaks for the union," reports nothing of its own', () => {
    assert.deepEqual(attributions('Ann Roe, who speaks for the union, said the strike would go ahead.').map((a) => a.cue), ['said']);
  });

  it('a relative clause with its own claim still reports it', () => {
    const a = one('Ruiz, who wrote in the Times that the plan was flawed, repeated the claim on Monday.', 'wrote');
    assert.equal(a.content, 'the plan was flawed');
  });
});
