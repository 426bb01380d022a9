// Lexicon breadth: unnamed people of the street and the trade as sources,
// rumour and speculation as hedges (both spellings, headline participles),
// and reporting verbs that count only before a clause.
import assert from 'node:assert/strict';
import { attributions, one } from './en-helpers.js';

describe('English: unnamed people of the trade and the street', () => {
  it('"two dealers in Rotterdam said" is an anonymous source', () => {
    const a = one('Two dealers in Rotterdam said tanker rates had doubled.', 'said');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.source, 'Two dealers in Rotterdam');
  });

  it('"regular commuters", "shoppers", "investors" speak as unnamed groups', () => {
    for (const t of ['Regular commuters said the trains were late every day.', 'Shoppers complained that prices had risen.', 'Investors fear the bank will raise rates again.']) {
      const all = attributions(t);
      assert.equal(all.length, 1, t);
      assert.equal(all[0]!.kind, 'anonymous', t);
    }
  });

  it('a singular one is described by where it is: "a fisherman in Hull"', () => {
    assert.equal(one('A fisherman in Hull said the quota was unfair.', 'said').kind, 'anonymous');
  });
});

describe('English: rumour and speculation are hedges', () => {
  it('British "is rumoured to" and the bare headline participle', () => {
    const a = one('The striker is rumoured to be unhappy at the club.', 'is rumoured to');
    assert.equal(a.kind, 'unattributed');
    const h = one('Club captain rumoured to be leaving for Spain', 'rumoured to');
    assert.equal(h.kind, 'unattributed');
  });

  it('"fuelling speculation that X": X is the unattributed claim', () => {
    const a = one('The chairman missed the meeting, fuelling speculation that he will resign.', 'speculation that');
    assert.equal(a.kind, 'unattributed');
    assert.equal(a.content, 'he will resign');
  });

  it('"there is also talk that X"', () => {
    const a = one('There is also talk that the mill will be sold.', 'There is also talk that');
    assert.equal(a.content, 'the mill will be sold');
  });
});

describe('English: verbs that report only a clause', () => {
  it('"speculated that", "recommended that", "reiterated that" are cues', () => {
    for (const [t, cue] of [
      ['Analysts speculated that the merger would fail.', 'speculated'],
      ['The inspector recommended that the bridge be closed.', 'recommended'],
      ['Mayor Dora Fenn reiterated that the budget was final.', 'reiterated'],
    ] as const) {
      const a = one(t, cue);
      assert.ok(a.content.length > 10, t);
    }
  });

  it('the same verbs before a bare object report nothing', () => {
    for (const t of ['The minister hinted at a deal.', 'Police suspect arson.', 'She advised the campaign in 2012.', 'He boasted of his wealth.']) {
      assert.deepEqual(attributions(t), [], t);
    }
  });

  it('"X, which cited Y, reported Z": Y is the outlet\'s source, through the outlet', () => {
    const t = 'The Kelso Courier, which cited two people close to the owners, reported that the mill would be sold.';
    const all = attributions(t);
    const cited = all.find((a) => a.cue === 'cited');
    assert.ok(cited, JSON.stringify(all));
    assert.equal(cited.kind, 'anonymous');
    assert.equal(cited.content, 'the mill would be sold');
    assert.equal(all[cited.via!]!.speaker, 'Kelso Courier');
  });

  it('"he cited rising costs" names no source', () => {
    assert.deepEqual(attributions('He cited rising costs.'), []);
  });
});

describe('English: "understands that" and compound nouns', () => {
  it('"The Kelso Courier understands that X": the outlet reports X', () => {
    const a = one('The Kelso Courier understands that the manager will leave.', 'understands');
    assert.equal(a.kind, 'named');
    assert.equal(a.content, 'the manager will leave');
  });

  it('"The Kelso Courier understands talks are at an advanced stage": a clause with a bare subject, no "that"', () => {
    for (const [t, content] of [
      ['The Kelso Courier understands talks are at an advanced stage.', 'talks are at an advanced stage'],
      ['Border Sports News understands personal terms are not expected to be a problem.', 'personal terms are not expected to be a problem'],
      ['Detectives suspect Hale was at the quay that night.', 'Hale was at the quay that night'],
    ] as const) {
      const all = attributions(t);
      assert.equal(all.length, 1, t);
      assert.equal(all[0]!.content, content);
    }
  });

  it('"advised Hale\'s campaign" reports nothing (a possessive, not a clause)', () => {
    assert.deepEqual(attributions("Ruth Kell advised Hale's campaign in 2019 and now runs a charity."), []);
  });

  it('"understood the risks" reports nothing', () => {
    assert.deepEqual(attributions('She understood the risks.'), []);
  });

  it('"on a conference call", "a phone call" are nouns, not a cue "call"', () => {
    const all = attributions('The chief executive told investors on a conference call that sales had slowed.');
    assert.deepEqual(all.map((a) => a.cue), ['told']);
  });
});

describe('English: more unnamed people and titles', () => {
  it('"said one shopkeeper, who declined to give his name": an unnamed source', () => {
    const a = one('“Nobody told us,” said one shopkeeper, who declined to give his name.', 'said');
    assert.equal(a.kind, 'anonymous');
  });

  it('"Eyewitnesses", "the family", "a bystander" are unnamed sources', () => {
    for (const [t, cue] of [['Eyewitnesses said the car did not stop.', 'said'], ['The family said in a statement that they were devastated.', 'said'], ['A bystander said the driver ran off.', 'said']] as const) {
      assert.equal(one(t, cue).kind, 'anonymous', t);
    }
  });

  it('titles written without a dot ("Cllr", "Prof", "Sgt") are not part of the name', () => {
    assert.equal(one('Cllr Maeve Dunleavy said the library would stay open.', 'said').speaker, 'Maeve Dunleavy');
    assert.equal(one('Prof Idris Penhallow warned that the aquifer was shrinking.', 'warned').speaker, 'Idris Penhallow');
  });

  it('"who wrote the measure" wrote a thing, not a claim; "wrote that X" is a claim', () => {
    assert.deepEqual(attributions('The vote was led by Councillor Ada Brisk, who wrote the measure.').filter((a) => a.cue === 'wrote'), []);
    assert.equal(one('Brisk wrote that the measure would pass.', 'wrote').content, 'the measure would pass');
  });
});

describe('English: more cue phrases', () => {
  it('"campaigners, who said X": the campaigners said X', () => {
    const a = one('The ruling was welcomed by campaigners, who said it would protect the marsh.', 'said');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.speaker, 'campaigners');
  });

  it('"The claims were denied by the company": a passive denial by its agent', () => {
    const a = one('The allegations were denied by Brakeley Trust.', 'were denied by');
    assert.equal(a.speaker, 'Brakeley Trust');
    assert.equal(a.content, 'The allegations');
  });

  it('"Rumours swirled that X" is a hedge on X', () => {
    assert.equal(one('Rumours swirled that the pier would be sold.', 'Rumours swirled that').content, 'the pier would be sold');
  });

  it('"As Name put it: “…”" and "In the words of X, “…”" report the quotation', () => {
    const a = one('As Penhallow put it: “We are out of time.”', 'put it');
    assert.equal(a.speaker, 'Penhallow');
    assert.equal(a.direct, true);
    const b = one('In the words of one trader, “the market is rattled”.', 'In the words of');
    assert.equal(b.kind, 'anonymous');
    assert.equal(b.content, 'the market is rattled');
  });

  it('"put it on the table" is no cue', () => {
    assert.deepEqual(attributions('She put it on the table.'), []);
  });
});

describe('English: courts, coroners and central banks', () => {
  it('"The judge ruled that X" reports X; "ruled out a deal" reports nothing', () => {
    assert.equal(one('The judge ruled that the search was lawful.', 'ruled').content, 'the search was lawful');
    assert.deepEqual(attributions('The minister ruled out a deal.'), []);
  });

  it('"An autopsy found that X": a document', () => {
    assert.equal(one('A post-mortem found that she had drowned.', 'found').content, 'she had drowned');
  });

  it('"The coroner concluded that X": one office holder', () => {
    assert.equal(one('The coroner concluded that the fall was accidental.', 'concluded').kind, 'named');
  });

  it('"signalled/signaled that X" in both spellings', () => {
    assert.equal(one('The Bank of Kelso signalled that rates would stay high.', 'signalled').content, 'rates would stay high');
    assert.equal(one('The Bank of Kelso signaled that rates would stay high.', 'signaled').content, 'rates would stay high');
  });
});
