// Where a claim is when the words after the cue are not one: a trailing
// "told <addressee>" with only places and times after it, a relative clause
// after "according to X", and "…, a rumour that X denied".
import assert from 'node:assert/strict';
import { attributions, one } from './en-helpers.js';

describe('English: the claim before a trailing cue', () => {
  it('"<claim>, Name told a news conference at the town hall.": the claim is before', () => {
    const t = 'The bridge will reopen on Friday, Mayor Odette Brannigan told a news conference at the town hall.';
    const a = one(t, 'told');
    assert.equal(a.speaker, 'Odette Brannigan');
    assert.equal(a.content, 'The bridge will reopen on Friday');
  });

  it('"<claim>, union president Name told Reuters by phone.": the claim is before', () => {
    const t = 'Output at the smelter has stopped, union president Idris Kallenbach told Reuters by phone.';
    const a = attributions(t).find((x) => x.cue === 'told' && x.speaker === 'Idris Kallenbach');
    assert.ok(a, JSON.stringify(attributions(t)));
    assert.equal(a.grade, 'person');
    assert.equal(a.content, 'Output at the smelter has stopped');
  });

  it('a clause after the addressee is still the claim ("told him the plan was dead")', () => {
    const t = 'Later that day, she told him the plan was dead.';
    assert.equal(one(t, 'told').content, 'the plan was dead');
  });

  it('"<claim>, according to an official, who said Y": each keeps its own claim', () => {
    const t = 'The engineers were warned in March, according to a second official, who said the warning was ignored.';
    const acc = one(t, 'according to');
    assert.equal(acc.content, 'The engineers were warned in March');
    assert.equal(one(t, 'said').content, 'the warning was ignored');
  });

  it('"<claim>, a rumour that two people close to him denied": the claim is what was denied', () => {
    const t = 'The coach has agreed terms with a rival club, a rumour that two people close to him firmly denied to the Kelso Courier.';
    const a = one(t, 'denied');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.content, 'The coach has agreed terms with a rival club');
  });
});
