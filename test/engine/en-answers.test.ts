// Answers pointing back to a claim reported a sentence before: a pronoun
// object with a setting after it, a passive whose subject names the claim,
// and verbs that answer only such a claim. Every sentence here is our own.
import assert from 'node:assert/strict';
import { attributions, one } from './en-helpers.js';

describe('English answers: a pronoun object points back', () => {
  it('"denied this on Monday": a time after the pronoun', () => {
    const t = 'Corran said the tunnel was safe. The ministry denied this on Monday.';
    const a = one(t, 'denied');
    assert.equal(a.source, 'The ministry');
    assert.equal(a.content, 'the tunnel was safe');
  });

  it('"rejected this in a statement" from a bare body', () => {
    const t = 'The operator said every driver had been paid. The union rejected this in a statement.';
    assert.equal(one(t, 'rejected').content, 'every driver had been paid');
  });

  it('"Kyiv denies this": a capital answering another', () => {
    const t = 'Moscow says the drones came from the south. Kyiv denies this.';
    const a = one(t, 'denies');
    assert.equal(a.speaker, 'Ukraine');
    assert.equal(a.content, 'the drones came from the south');
  });

  it('a clause after the pronoun is the denial\'s own claim', () => {
    const t = 'Corran said the tunnel was safe. He denied that on Monday he had met the builder.';
    assert.equal(one(t, 'denied').content, 'on Monday he had met the builder');
    assert.equal(one('Corran denied it was a bribe.', 'denied').content, 'it was a bribe');
  });
});

describe('English answers: a passive whose subject names the claim', () => {
  it('"That account was disputed by two witnesses"', () => {
    const t = 'Police said the van had jumped the lights. That account was disputed by two witnesses.';
    const a = one(t, 'was disputed by');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.content, 'the van had jumped the lights');
  });

  it('"The claims were denied by X" names the one who denied', () => {
    const t = 'A former cook said the kitchen had rats. The claims were denied by the owner, Lena Marsh.';
    const a = one(t, 'were denied by');
    assert.equal(a.speaker, 'Lena Marsh');
    assert.equal(a.content, 'the kitchen had rats');
  });

  it('"That version of events is contested by residents"', () => {
    const t = 'The army said the shell hit an empty depot. That version of events is contested by residents.';
    assert.equal(one(t, 'is contested by').content, 'the shell hit an empty depot');
  });
});

describe('English answers: verbs that answer only a claim made before', () => {
  it('"contradicted that account" and "challenged the claim" point back', () => {
    const t = 'The army said the shell hit an empty depot. Local residents contradicted that account.';
    assert.equal(one(t, 'contradicted').content, 'the shell hit an empty depot');
    const u = 'The firm said the spill was small. Fishermen challenged the claim on Friday.';
    assert.equal(one(u, 'challenged').content, 'the spill was small');
  });

  it('a contest, a challenge or a ruling is no answer', () => {
    assert.deepEqual(attributions('She contested the election in 2019 and lost.'), []);
    assert.deepEqual(attributions('The lawyer challenged the ruling in the appeals court.'), []);
    assert.deepEqual(attributions('The result is contested by the opposition.'), []);
    assert.deepEqual(attributions('The coach challenged his players to win the league.'), []);
  });
});

describe('English answers: ", a figure Moscow disputes" names the claim before the comma', () => {
  it('the source follows the noun and answers the claim before', () => {
    const a = one('Prices will rise by 9 per cent, an estimate the ministry rejected.', 'rejected');
    assert.equal(a.source, 'the ministry');
    assert.equal(a.content, 'Prices will rise by 9 per cent');
    assert.equal(one('The mill will close in June, a claim the company denies.', 'denies').content, 'The mill will close in June');
  });

  it('when the clause before is a report, the answer takes that report\'s claim, and the report ends at the comma', () => {
    const t = 'The Ledger reported last month that ticket sales had been slow, a suggestion the agency dismissed at the time as nonsense.';
    assert.deepEqual(attributions(t).map((a) => [a.cue, a.content]), [
      ['reported', 'ticket sales had been slow'],
      ['dismissed', 'ticket sales had been slow'],
    ]);
  });

  it('a hedged clause ends at such a comma', () => {
    const t = 'The firm was rumoured to be a takeover target, a suggestion Vale dismissed as “fantasy”.';
    assert.equal(one(t, 'was rumoured to').content, 'The firm was rumoured to be a takeover target');
    assert.equal(one(t, 'dismissed').speaker, 'Vale');
  });
});

describe('English answers: a denial answers the latest claim about the one who denies', () => {
  it('"X dismissed the accusation" is the claim naming X, not the latest claim', () => {
    const t = 'The Vance campaign said on Monday that Tom Ridley had offered county chairs jobs. Its spokesman said the chairs feared reprisals. Ridley dismissed the accusation as “a fantasy.”';
    assert.equal(one(t, 'dismissed').content, 'Tom Ridley had offered county chairs jobs');
  });

  it('with no claim naming the one who denies, the latest claim', () => {
    const t = 'Inspectors said the dam had cracked. The Halden Water Board rejected the claim.';
    assert.equal(one(t, 'rejected').content, 'the dam had cracked');
  });
});
