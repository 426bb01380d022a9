// English rules that look past one sentence: quote-only paragraphs, claims
// that end where another report begins.
import assert from 'node:assert/strict';
import { attributions, one } from './en-helpers.js';

describe('English: across sentences and paragraphs', () => {
  it('a quote-only paragraph continues the speaker quoted just before', () => {
    const t = '“We built this town,” said Vera Long.\n\n“Nobody will take it from us.”\n\nThe council meets again in June.';
    const a = one(t, 'said');
    assert.equal(a.content, 'We built this town,” said Vera Long.\n\n“Nobody will take it from us.');
  });

  it('an open quote running into the paragraph with the cue is taken in front', () => {
    const t = '“We built this town.\n\n“Nobody will take it from us,” said Vera Long.';
    assert.equal(one(t, 'said').content, 'We built this town.\n\n“Nobody will take it from us');
  });

  it('a quote paragraph in another quote style does not continue', () => {
    const t = '“We built this town,” said Vera Long.\n\n"Unrelated words here."';
    assert.equal(one(t, 'said').content, 'We built this town');
  });

  it('ends a claim where a coordinated report begins', () => {
    const t = 'Nadia Frost said little about the merger, and people close to her say she opposes it.';
    const all = attributions(t);
    assert.equal(all.length, 2, JSON.stringify(all));
    assert.equal(all[0]!.content, 'little about the merger');
    assert.equal(all[1]!.kind, 'anonymous');
    assert.equal(all[1]!.content, 'she opposes it');
  });

  it('ends a claim at a semicolon that starts another report', () => {
    const t = 'Nadia Frost said the deal was dead; the company said it was alive.';
    const all = attributions(t);
    assert.equal(all.length, 2, JSON.stringify(all));
    assert.equal(all[0]!.content, 'the deal was dead');
  });

  it('ends a claim before ", arguing that …"', () => {
    const t = 'Nadia Frost said the deal was dead, arguing that prices had collapsed.';
    assert.equal(one(t, 'said').content, 'the deal was dead');
  });

  it('keeps a dash-set aside inside the claim of a trailing cue', () => {
    const t = 'At least 12 families - each with a child - have won stays, according to lawyers with the clinic.';
    assert.equal(one(t, 'according to').content, 'At least 12 families - each with a child - have won stays');
  });

  it('takes the clause after a single dash as the claim of a trailing cue', () => {
    const t = 'His allies say he has changed. They bristle at the charge — it is a two-way street, they insist.';
    assert.equal(one(t, 'insist').content, 'it is a two-way street');
  });
});

describe('English: coordination, groups and trailing cues', () => {
  it('"X said A and warned B" gives two reports of X', () => {
    const t = 'Ruth Lang said the budget was short and warned that schools would close.';
    const all = attributions(t);
    assert.deepEqual(all.map((a) => [a.cue, a.speaker, a.content]), [
      ['said', 'Ruth Lang', 'the budget was short'],
      ['warned', 'Ruth Lang', 'schools would close'],
    ]);
  });

  it('"many of whom say" and "a majority of voters say" are vague groups', () => {
    const a = one('The plan angered farmers, many of whom say the rules are unfair.', 'say');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.content, 'the rules are unfair');
    assert.equal(one('A majority of voters say the rules are unfair.', 'say').grade, 'vague-group');
  });

  it('"they" points back to a group named in the sentences before', () => {
    const t = 'Many analysts doubt the plan. They believe the deficit will grow.';
    const a = one(t, 'believe');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.speaker, 'Many analysts');
  });

  it('"it" points back to the outlet named just before', () => {
    const t = 'The Boston Globe ran a long story on Sunday. It said the mayor knew of the payments.';
    const a = one(t, 'said');
    assert.equal(a.speaker, 'The Boston Globe');
    assert.equal(a.grade, 'media');
  });

  it('reads a noun-like verb at the end of a sentence as a trailing cue', () => {
    const a = one('The payments stopped in May, the Boston Globe reports.', 'reports');
    assert.equal(a.speaker, 'The Boston Globe');
    assert.equal(a.content, 'The payments stopped in May');
  });

  it('does not take a name ending in -ly for an adverb', () => {
    assert.equal(one('“It works,” said Kelly.', 'said').source, 'Kelly');
  });

  it('walks back over a possessive appositive', () => {
    const t = 'Ana Ruiz, Lopez’s director of field operations and voter outreach, said the office was closed.';
    assert.equal(one(t, 'said').speaker, 'Ana Ruiz');
  });

  it('keeps "a spokesman for committee Democrats" whole (and anonymous)', () => {
    const a = one('“Nothing has changed,” a spokesman for committee Democrats said.', 'said');
    assert.equal(a.source, 'a spokesman for committee Democrats');
    assert.equal(a.kind, 'anonymous');
  });

  it('keeps joint named sources together: "X and Y said"', () => {
    const a = one('Sens. Ruth Lang of Ohio and Omar Haddad of Iowa said they would vote no.', 'said');
    assert.equal(a.kind, 'named');
    assert.ok(/Ruth Lang/.test(a.speaker!) && /Omar Haddad/.test(a.speaker!), a.speaker!);
  });

  it('reads "current and former officials" as one anonymous group', () => {
    const a = one('Agents want to interview the mayor, current and former officials said.', 'said');
    assert.equal(a.source, 'current and former officials');
    assert.equal(a.content, 'Agents want to interview the mayor');
  });

  it('gives a participle cue the person the sentence is about', () => {
    const t = 'In May, the city’s planning director, Ana Ruiz, wrote to the council, saying the permits were void.';
    assert.equal(one(t, 'saying').speaker, 'Ana Ruiz');
  });

  it('does not invert when a clause follows "said": "X, owner of Y, said the firm has …"', () => {
    const t = 'Steve Dorn, the firm’s owner, said the campaign has yet to pay.';
    const a = one(t, 'said');
    assert.equal(a.speaker, 'Steve Dorn');
    assert.equal(a.content, 'the campaign has yet to pay');
  });
});
