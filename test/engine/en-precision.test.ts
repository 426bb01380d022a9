// Words that look like reports and are not: passives with an adverb, refusals
// of a bare object, questions, hedges inside a named source's words, weak
// verbs before an indefinite object. And documents: court records named by
// themselves, issuers that are not who merely saw a document.
import assert from 'node:assert/strict';
import { attributions, one } from './en-helpers.js';

describe('English: no report', () => {
  it('"which is not charged" is a passive, and the clause after it has the report', () => {
    const t = 'Ashby Freight, which is not charged, said in a statement that it was helping investigators.';
    const all = attributions(t);
    assert.equal(all.length, 1, JSON.stringify(all));
    assert.equal(all[0]!.cue, 'said');
    assert.equal(all[0]!.speaker, 'Ashby Freight');
  });

  it('"does not dispute the figures" refuses a thing and claims nothing; "does not dispute that X" claims X', () => {
    assert.deepEqual(attributions('Corrigan does not dispute the figures.'), []);
    assert.equal(one('Corrigan does not dispute that the figures are right.', 'dispute').content, 'the figures are right');
  });

  it('"asked whether X" is a question, not a claim', () => {
    assert.deepEqual(attributions('When a reporter asked whether fares would rise, the minister smiled.'), []);
  });

  it('a hedge inside a named source\'s claim is that source\'s wording', () => {
    const t = 'Judge Anya Petrakis said the hearing was expected to last two more days.';
    const all = attributions(t);
    assert.equal(all.length, 1, JSON.stringify(all));
    assert.equal(all[0]!.kind, 'named');
  });

  it('a hedge standing alone is still unattributed', () => {
    assert.equal(one('The hearing was expected to last two more days.', 'was expected to').kind, 'unattributed');
  });

  it('a weak verb before an indefinite object ("posted a photo of …") reports nothing', () => {
    assert.deepEqual(attributions('Ferrante posted a photo of the harbour on Instagram on Sunday.'), []);
  });

  it('the same verb before a clause reports ("posted that …")', () => {
    assert.equal(one('Ferrante posted that the harbour was closed.', 'posted').content, 'the harbour was closed');
  });
});

describe('English: documents and their issuers', () => {
  it('"according to the complaint" with no earlier document is a named court record', () => {
    const a = one('According to the complaint, the firm moved $2 million offshore.', 'According to');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'complaint');
  });

  it('"an internal memo reviewed by The Associated Press" was not issued by the agency that saw it', () => {
    const a = one('The alarm had failed twice, according to an internal memo reviewed by The Associated Press.', 'according to');
    assert.notEqual(a.speaker, 'Associated Press');
    assert.equal(a.kind, 'anonymous');
  });

  it('"the poll of 2,000 adults by the Oslo think tank" is the survey named before, not "Oslo"', () => {
    const t = 'Most drivers back the toll, according to a Fjordline Institute survey published on Monday. The poll of 2,000 adults by the Oslo think tank found that support was highest in cities.';
    const a = one(t, 'found');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Fjordline Institute survey');
    assert.equal(a.content, 'support was highest in cities');
  });

  it('"data from the Office for National Statistics" keeps its issuer', () => {
    const a = one('Rents rose 4%, data from the Office for National Statistics showed.', 'showed');
    assert.equal(a.speaker, 'Office for National Statistics');
  });
});

describe('English: documents issued by a body named by what it is', () => {
  it('"a survey commissioned by the council" is the council\'s document', () => {
    const a = one('According to a survey commissioned by the council, most residents back the plan.', 'According to');
    assert.equal(a.kind, 'named');
    assert.equal(a.grade, 'document');
  });

  it('"The figures, released by the statistics office on Tuesday, showed X"', () => {
    const a = one('The figures, released by the statistics office on Tuesday, showed that prices fell.', 'showed');
    assert.equal(a.kind, 'named');
    assert.equal(a.content, 'prices fell');
  });
});

describe('English: objects that are no claims', () => {
  it('"added salt to the soup", "added two players to the squad" report nothing', () => {
    assert.deepEqual(attributions('She added salt to the soup.'), []);
    assert.deepEqual(attributions('The club added two new players to the squad.'), []);
  });

  it('"added the club would talk to the league" is still a claim', () => {
    assert.equal(one('Ferrante added the club would talk to the league.', 'added').content, 'the club would talk to the league');
  });

  it('"Police charged two men with murder" is a charge, not a claim', () => {
    assert.deepEqual(attributions('Police charged two men with murder.'), []);
  });
});

describe('English: a reflexive object after "found" is a state, not a finding', () => {
  it('"found herself playing defense" reports nothing; "the audit found …" still does', () => {
    assert.deepEqual(attributions('Senator Ann Voss found herself playing defense on trade.'), []);
    assert.equal(attributions('The audit found the shortfall was growing.').length, 1);
  });
});
