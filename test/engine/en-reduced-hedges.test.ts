// Hedges with their auxiliary dropped: "a deal said to be worth £38m",
// "with the forward said to be keen on a move", headline "…, jury told" /
// "…, inquest hears". Every sentence here is our own.
import assert from 'node:assert/strict';
import { attributions, one } from './en-helpers.js';

describe('English: "said to be" after a noun', () => {
  it('"with the forward said to be keen …" hedges its own clause', () => {
    const t = 'The club are closing in on a deal for the striker, with the forward said to be keen on a move to England.';
    const a = one(t, 'said to');
    assert.equal(a.kind, 'unattributed');
    assert.equal(a.content, 'the forward said to be keen on a move to England');
  });

  it('"a deal said to be worth £38 million", "a rival thought to have bid"', () => {
    assert.equal(one('They agreed a deal said to be worth £38 million.', 'said to').kind, 'unattributed');
    assert.equal(one('They beat a bid thought to have been higher.', 'thought to').kind, 'unattributed');
  });

  it('a speaker who "said to" do something gave an instruction', () => {
    assert.deepEqual(attributions('The minister said to be careful.'), []);
    assert.deepEqual(attributions('The spokesman said to expect delays.'), []);
  });
});

describe('English: court headlines', () => {
  it('"…, jury told" and "…, inquest hears" mark the clause before', () => {
    const a = one('Baker set fire to his own warehouse for insurance payout, jury told', 'jury told');
    assert.equal(a.kind, 'unattributed');
    assert.equal(a.content, 'Baker set fire to his own warehouse for insurance payout');
    assert.equal(one('Nurse ignored warnings about faulty pump, inquest hears', 'inquest hears').content, 'Nurse ignored warnings about faulty pump');
  });

  it('the court hearing arguments or a jury telling the judge is no hedge', () => {
    assert.deepEqual(attributions('The court heard arguments on Monday.'), []);
    assert.deepEqual(attributions('The jury told the judge it could not agree.').filter((a) => a.kind === 'unattributed'), []);
  });
});

describe('English: two hedged clauses joined by ", and"', () => {
  it('each hedge marks its own clause, and a list before a hedge stays whole', () => {
    const t = 'The 24-year-old is understood to have agreed personal terms, and the clubs are said to be close to a deal on the fee.';
    const all = attributions(t);
    assert.deepEqual(all.map((a) => a.content), ['The 24-year-old is understood to have agreed personal terms', 'the clubs are said to be close to a deal on the fee']);
    assert.equal(one('Apples, pears, and oranges are reportedly scarce this winter.', 'reportedly').content, 'Apples, pears, and oranges are reportedly scarce this winter');
  });
});

describe('English: "Apparently" opening a sentence', () => {
  it('marks the sentence as unattributed', () => {
    const a = one('Apparently, the buyer visited the castle twice in the spring.', 'Apparently');
    assert.equal(a.kind, 'unattributed');
    assert.match(a.content, /the buyer visited the castle twice in the spring/);
  });
});
