// Reports carried by a participle or a coordinated verb whose subject is not
// right before it, and what is not a report: pleas, things not mentioned, the
// writer's time clause after a trailing cue. Every sentence here is our own.
import assert from 'node:assert/strict';
import { attributions, one } from './en-helpers.js';

describe('English: the subject of a participle report', () => {
  it('"…, with Senator Dale Ward arguing that …" is the senator\'s report', () => {
    const a = one('Some senators criticised the talks, with Senator Dale Ward arguing that the deal rewarded Moscow.', 'arguing');
    assert.equal(a.speaker, 'Dale Ward');
    assert.equal(a.content, 'the deal rewarded Moscow');
  });

  it('"“…,” Lyle said, before adding that …" is Lyle\'s, and what he added holds his expectation', () => {
    const t = '“I don’t discuss other clubs,” Lyle said, before adding that his squad was short of goals and that he expected two arrivals.';
    assert.deepEqual(attributions(t).map((a) => [a.cue, a.speaker]), [['said', 'Lyle'], ['adding', 'Lyle']]);
  });

  it('"insisted X, pointing out that Y" is two reports', () => {
    const t = 'Sources at the club insisted the deal was “not done yet”, pointing out that the player still has to pass a medical.';
    assert.deepEqual(attributions(t).map((a) => [a.cue, a.content]), [
      ['insisted', 'the deal was “not done yet”'],
      ['pointing out', 'the player still has to pass a medical'],
    ]);
  });

  it('"did not mention X but said Y": the subject of the sentence said Y, and nothing was mentioned', () => {
    const t = 'The general staff did not mention the village in its update but said fighting continued near the town.';
    assert.deepEqual(attributions(t).map((a) => [a.cue, a.content]), [['said', 'fighting continued near the town']]);
  });
});

describe('English: what is not a claim', () => {
  it('a plea to a charge is no answer to a claim', () => {
    assert.deepEqual(attributions('Dominic Hale, 47, denies arson with intent to endanger life and fraud.'), []);
    assert.deepEqual(attributions('Hale denied two counts of fraud at the start of the trial.'), []);
    assert.equal(one('The government has strongly denied any involvement in the attacks.', 'denied').content, 'any involvement in the attacks');
  });

  it('"…, prosecutors alleged on Monday as his trial opened at …": the time clause is the writer\'s', () => {
    const t = 'A baker set fire to his own warehouse, prosecutors alleged on Monday as his trial opened at Bristol Crown Court.';
    assert.equal(one(t, 'alleged').content, 'A baker set fire to his own warehouse');
  });
});

describe('English: "the charity" is the body quoted just before', () => {
  it('not a name mentioned since inside a claim', () => {
    const t = 'The Sleep Society said the results were early, and urged people to speak to a GP. A spokesperson for the charity noted that exercise mattered more.';
    assert.equal(one(t, 'noted').speaker, 'Sleep Society');
  });
});

describe('English: a participle borrowing a subject with an appositive', () => {
  it('"Kelso Gear, the Denver-based seller of ski boots, cut its forecast, blaming …" is the company', () => {
    const t = 'Kelso Gear, the Denver-based seller of ski boots, said sales fell 9%, blaming a warm winter.';
    const a = one(t, 'blaming');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Kelso Gear');
  });
});

describe('English: the subject of a participle after a clause that reports nothing', () => {
  it('"The company declined to comment, saying …": the clause’s opening subject', () => {
    const a = one('The company declined to comment, saying the matter was before the courts.', 'saying');
    assert.equal(a.source, 'The company');
    assert.equal(a.content, 'the matter was before the courts');
  });

  it('"Meanwhile, it attacked Hale, saying …": "it", not the name after the verb, which is its object', () => {
    const t = 'The Daily Courier endorsed Ann Voss on Sunday. Meanwhile, it attacked Tom Hale, saying he had misled voters.';
    const a = one(t, 'saying');
    assert.equal(a.source, 'it');
    assert.equal(a.speaker, 'Daily Courier');
  });

  it('"responded … by saying …": the clause’s subject', () => {
    const a = one('Mayor Ann Voss responded to the protesters on Monday by saying the plan was final.', 'saying');
    assert.equal(a.speaker, 'Ann Voss');
    assert.equal(a.content, 'the plan was final');
  });

  it('"X told the council that she believes A, saying B": X, not the pronoun inside X’s claim', () => {
    const t = 'Ann Voss told the council that she believes the levy is fair, saying that roads come first.';
    const a = one(t, 'saying');
    assert.equal(a.source, 'Ann Voss');
  });
});

describe('English: "…, with one <noun> saying …"', () => {
  it('the noun after "with" is the participle\'s own subject', () => {
    const t = 'The rebels took the town overnight, with one commander saying the army had fled before dawn.';
    const a = one(t, 'saying');
    assert.equal(a.source, 'one commander');
    assert.equal(a.content, 'the army had fled before dawn');
  });
});

describe('English: "ruling that" as a participle', () => {
  it('"…, with referee Name ruling that …" reports the referee\'s ruling', () => {
    const t = 'Hale was sent off in the 20th minute, with referee Tomas Varga ruling that the tackle was reckless.';
    const a = one(t, 'ruling');
    assert.equal(a.speaker, 'Tomas Varga');
    assert.equal(a.content, 'the tackle was reckless');
  });

  it('leaves the noun alone ("the court\'s ruling that …")', () => {
    assert.equal(attributions('The court\'s ruling that the law was void angered ministers.').length, 0);
  });
});

describe('English: an -ily adverb before the verb', () => {
  it('"A judge on Monday temporarily blocked the law, ruling that …": the judge rules, no adverb in the source', () => {
    const a = one('A federal judge on Monday temporarily blocked a new state law, ruling that it was likely unconstitutional.', 'ruling');
    assert.equal(a.source, 'A federal judge');
    assert.equal(a.content, 'it was likely unconstitutional');
  });
});
