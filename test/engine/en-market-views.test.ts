// English market views in economic news: what markets expected and the odds traders see are an unnamed
// group's forecast. Sentences written for these tests.
import assert from 'node:assert/strict';
import { attributions, one } from './en-helpers.js';

describe('English: market views', () => {
  it('reads "Markets had expected <a figure>" as the markets’ forecast', () => {
    const t = 'Wholesale prices rose 2.9% in March. Markets had expected a rise of about 2.4%.';
    const a = one(t, 'expected');
    assert.equal(a.source, 'Markets');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.content, 'a rise of about 2.4%');
  });

  it('does not read an expected thing without a figure as a forecast', () => {
    const t = 'The couple expected a quiet wedding in Sligo in 2024.';
    assert.equal(attributions(t).length, 0);
  });

  it('reads "Traders now see a 40% chance of …" as the traders’ view', () => {
    const t = 'Traders now see a 40% chance of a rate cut at the central bank’s June meeting.';
    const a = one(t, 'see');
    assert.equal(a.source, 'Traders');
    assert.equal(a.content, 'a 40% chance of a rate cut at the central bank’s June meeting');
  });

  it('does not read other kinds of seeing as reports', () => {
    for (const t of ['We will see what the committee decides in June.', 'Officials see a chance to reset ties with Lima.', 'Investors see the new plant on Friday.']) {
      assert.equal(attributions(t).filter((a) => a.cue === 'see').length, 0, t);
    }
  });
});

describe('English: results stories', () => {
  it('"…, missing Wall Street estimates, as …": a name\'s estimates set off by commas are a noun', () => {
    const all = attributions('Corvane reported a 55% drop in profit, missing Wall Street estimates, as price cuts bit.');
    assert.equal(all.some((a) => a.cue === 'estimates'), false);
  });

  it('"analysts had on average expected …": the analysts expect, not "average"', () => {
    const all = attributions('According to LSEG data, analysts had on average expected earnings of 51 cents a share.');
    assert.equal(all.find((a) => a.cue === 'expected')?.source, 'analysts');
  });

  it('keeps "The plan, Hale claims, will fail"', () => {
    assert.equal(attributions('The plan, Hale claims, will fail.').length, 1);
  });
});
