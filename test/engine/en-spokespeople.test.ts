// An unnamed spokesperson speaks for the body: "a spokeswoman for the bank"
// is the bank named before, "A Philippine coast guard spokesman" is that
// coast guard, and "the spokesman" later is the same. Also the dateline before
// a wire story's first source. Every sentence here is our own.
import assert from 'node:assert/strict';
import { attributions, one } from './en-helpers.js';

describe('English: a spokesperson speaks for the body', () => {
  it('"a spokeswoman for the bank" is the Bank of … named before', () => {
    const t = 'The Bank of Tarsia kept rates on hold. Rates may fall in June, a spokeswoman for the bank said.';
    const a = one(t, 'said');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Bank of Tarsia');
  });

  it('"A Philippine coast guard spokesman" and "the spokesman" after him are that coast guard', () => {
    const t = 'A Philippine coast guard spokesman said two boats were rammed. “This was deliberate,” the spokesman told a news conference.';
    assert.deepEqual(attributions(t).map((a) => [a.kind, a.speaker]), [['named', 'Philippine coast guard'], ['named', 'Philippine coast guard']]);
  });

  it('"China\'s coast guard" is one named body', () => {
    assert.equal(one('China\'s coast guard said it had expelled the boat.', 'said').kind, 'named');
  });

  it('"A spokesperson for the charity" is the charity quoted before, its name kept whole', () => {
    const t = 'The Alzheimer\'s Society said the results were early. A spokesperson for the charity noted that exercise mattered more.';
    assert.deepEqual(attributions(t).map((a) => a.speaker), ['Alzheimer\'s Society', 'Alzheimer\'s Society']);
  });

  it('a spokesman who will not be named for a body still is the body\'s unnamed voice', () => {
    const a = one('A coast guard spokesman, speaking on condition of anonymity, said two crew were hurt.', 'said');
    assert.equal(a.kind, 'anonymous');
  });
});

describe('English: a bare spokesperson after a body\'s report', () => {
  it('"X said …. A spokeswoman added: …" speaks for X, quoted just before in the paragraph', () => {
    const t = 'Marrowline Estates said the plan would bring 80 affordable flats. A spokeswoman added: “We have heard the objections.”';
    const a = attributions(t).find((x) => x.source === 'A spokeswoman')!;
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Marrowline Estates');
  });

  it('stays unnamed when no body was quoted in the paragraph', () => {
    const t = 'Marrowline Estates bought the site in May.\n\nA spokeswoman said the flats would be built next year.';
    assert.equal(one(t, 'said').kind, 'anonymous');
  });
});

describe('English: a dateline is not part of the source', () => {
  it('"MANILA - A coast guard spokesman said"', () => {
    assert.equal(one('MANILA - A coast guard spokesman said two crew were hurt.', 'said').source, 'A coast guard spokesman');
  });

  it('"LONDON (Reuters) - Britain\'s finance ministry said"', () => {
    assert.equal(one('LONDON (Reuters) - Britain\'s finance ministry said the plan was on track.', 'said').source, 'Britain\'s finance ministry');
  });
});

describe('English: the spokesman of an office holder', () => {
  it('"The prime minister\'s spokesman" speaks for the prime minister named before', () => {
    const t = 'Prime Minister Ann Hale visited the plant. The prime minister\'s spokesman said she was pleased.';
    const a = one(t, 'said');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Ann Hale');
  });

  it('with nobody named, the office itself', () => {
    assert.equal(one('The mayor\'s spokeswoman said the roads would reopen.', 'said').speaker, 'mayor');
  });
});

describe('English: "her representative", "his publicist"', () => {
  it('speaks for the person the possessive points to', () => {
    const t = 'Singer Maren Holt has cancelled her tour. Her representative confirmed the cancellation on Friday.';
    const a = one(t, 'confirmed');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Maren Holt');
  });
});

describe('English: a spokesperson for a body named by its nationality and kind', () => {
  it('"a spokesperson for the Chinese embassy in Washington" speaks for the Chinese embassy', () => {
    const a = one('A spokesperson for the Chilean embassy in Washington said the rules were unfair.', 'said');
    assert.equal(a.speaker, 'Chilean embassy');
  });

  it('"a spokesman for the Kenyan health ministry" keeps the whole name', () => {
    assert.equal(one('A spokesman for the Kenyan health ministry said the outbreak was contained.', 'said').speaker, 'Kenyan health ministry');
  });

  it('"a spokesman for Thames Water" stays the company', () => {
    assert.equal(one('A spokesman for Thames Water said repairs were under way.', 'said').speaker, 'Thames Water');
  });
});

describe('English: a bare spokesperson after a body that did something', () => {
  it('"The White House welcomed the decision. A spokesperson said …" speaks for the White House', () => {
    const a = one('The Harbour Trust welcomed the decision. A spokesperson said the quay would reopen.', 'said');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Harbour Trust');
  });

  it('stays unnamed after a person', () => {
    assert.equal(one('John Smith welcomed the decision. A spokesperson said the plan was good.', 'said').kind, 'anonymous');
  });
});

describe('English: those who speak for a person', () => {
  it('"A representative for Name said" and a later "the rep said" speak as that person', () => {
    const t = 'Lena Marchetti is leaving the show. A representative for Marchetti said she was proud of the work. “She is ready for new projects,” the rep said in a statement.';
    assert.equal(attributions(t).find((a) => a.source === 'A representative for Marchetti')?.speaker, 'Lena Marchetti');
    assert.equal(attributions(t).find((a) => a.source === 'the rep')?.speaker, 'Lena Marchetti');
  });

  it('a spokesman for a company stays the company\'s', () => {
    const t = 'Orvale recalled its bikes. A spokesman for Orvale said no one was hurt.';
    assert.notEqual(one(t, 'said').grade, 'person');
  });
});
