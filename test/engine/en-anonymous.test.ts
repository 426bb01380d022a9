// English anonymous sources and unattributed hedges: every shape, grades,
// anonymity reasons, singular and plural.
import assert from 'node:assert/strict';
import { attributions, one } from './en-helpers.js';

describe('English: anonymous sources', () => {
  for (const [phrase, grade, plural] of [
    ['Officials said', 'anonymous-bare', true],
    ['A senior administration official said', 'anonymous-described', false],
    ['People familiar with the talks said', 'anonymous-described', true],
    ['Two aides said', 'anonymous-bare', true],
    ['Advisers to the governor said', 'anonymous-described', true],
    ['A source close to the family said', 'anonymous-described', false],
    ['Analysts said', 'vague-group', true],
    ['Experts say', 'vague-group', true],
    ['Critics argue', 'vague-group', true],
    ['Some Democrats say', 'vague-group', true],
  ] as const) {
    it(`"${phrase} …" is ${grade}`, () => {
      const t = `${phrase} the talks had stalled.`;
      const all = attributions(t);
      assert.equal(all.length, 1, JSON.stringify(all));
      const a = all[0]!;
      assert.equal(a.kind, 'anonymous');
      assert.equal(a.grade, grade);
      assert.equal(a.plural, plural);
      assert.equal(a.content, 'the talks had stalled');
    });
  }

  it('takes a trade no word list names as unnamed people ("one librarian", "two florists", "a custodian")', () => {
    for (const [t, speaker, plural] of [
      ['“We found out from the newspaper,” said one librarian.', 'one librarian', false],
      ['Two florists said prices had doubled since the spring.', 'Two florists', true],
      ['A custodian at the school said the doors were never locked.', 'A custodian at the school', false],
      ['One sailor said the storm came fast.', 'One sailor', false],
    ] as const) {
      const all = attributions(t);
      assert.equal(all.length, 1, `${t}: ${JSON.stringify(all)}`);
      assert.equal(all[0]!.kind, 'anonymous', t);
      assert.equal(all[0]!.speaker, speaker, t);
      assert.equal(all[0]!.plural, plural, t);
    }
    // (Not a word in -ist that is no person, nor a trade word opening a headline.)
    assert.deepEqual(attributions('The checklist says the doors must be shut.'), []);
  });

  it('takes one holder of any personal role as unnamed ("a columnist", "an attorney for the family")', () => {
    for (const t of ['A columnist argued that the plan was doomed.', 'An attorney for the family said the footage was clear.', 'A writer said the prize had been rigged.']) {
      const all = attributions(t);
      assert.equal(all.length, 1, `${t}: ${JSON.stringify(all)}`);
      assert.equal(all[0]!.kind, 'anonymous', t);
    }
  });

  it('does not read a thing someone writes as a claim ("a teacher who writes fiction on the side")', () => {
    assert.deepEqual(attributions('He met a teacher who writes fiction on the side.'), []);
    assert.equal(one('She wrote the plan had failed.', 'wrote').content, 'the plan had failed');
  });

  it('keeps the phrase as the speaker of an anonymous source', () => {
    assert.equal(one('A senior administration official said the talks had stalled.', 'said').speaker, 'A senior administration official');
  });

  it('reads an inverted anonymous source with a reason for anonymity', () => {
    const t = '“It is over,” said one official, who spoke on condition of anonymity because he was not authorized to discuss the case.';
    const a = one(t, 'said');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.grade, 'anonymous-described');
    assert.ok(a.reason && /condition of anonymity/.test(a.reason), String(a.reason));
  });

  it('finds "not authorized to speak publicly" as a reason', () => {
    const t = 'The plan was dropped, according to a party official who was not authorized to speak publicly.';
    const a = one(t, 'according to');
    assert.equal(a.kind, 'anonymous');
    assert.ok(a.reason && /not authorized to speak publicly/.test(a.reason));
  });

  it('treats FBI officials as anonymous, a named spokesman’s body as named', () => {
    assert.equal(one('FBI officials said the search was over.', 'said').kind, 'anonymous');
    const s = one('A Pentagon spokesman said the search was over.', 'said');
    assert.equal(s.kind, 'named');
    assert.equal(s.speaker, 'Pentagon');
  });

  it('resolves "the source" to the anonymous source introduced before', () => {
    const t = 'A source close to the mayor said the vote would be delayed. The source added that the mayor was ill.';
    const a = one(t, 'added');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.speaker, 'A source close to the mayor');
  });

  it('resolves "they" to the anonymous group that spoke before', () => {
    const t = 'Local officials said the road was closed. They said it would reopen on Friday.';
    const all = attributions(t);
    assert.equal(all.length, 2);
    assert.equal(all[1]!.kind, 'anonymous');
    assert.equal(all[1]!.speaker, 'Local officials');
  });

  it('leaves an unresolvable "they" out rather than guessing', () => {
    assert.deepEqual(attributions('They said it would rain.'), []);
  });
});

describe('English: unattributed hedges', () => {
  for (const [hedge, sentence] of [
    ['reportedly', 'The minister reportedly resigned on Sunday.'],
    ['allegedly', 'The company allegedly hid the losses.'],
    ['it was reported', 'It was reported that the minister resigned.'],
    ['is said to', 'The minister is said to be furious.'],
    ['are expected to', 'Talks are expected to resume next week.'],
  ] as const) {
    it(`"${hedge}" marks its claim as unattributed`, () => {
      const all = attributions(sentence);
      assert.equal(all.length, 1, JSON.stringify(all));
      const a = all[0]!;
      assert.equal(a.kind, 'unattributed');
      assert.equal(a.grade, 'unattributed');
      assert.equal(a.source, null);
      assert.equal(a.speaker, null);
      assert.equal(a.cue.toLowerCase(), hedge);
    });
  }

  it('takes the clause after "it was reported that" as the claim', () => {
    assert.equal(attributions('It was reported that the minister resigned.')[0]!.content, 'the minister resigned');
  });

  it('is not a hedge when the agent follows ("expected by")', () => {
    assert.ok(attributions('The vote is expected to pass.').length === 1);
    assert.ok(!attributions('The result was expected by analysts.').some((a) => a.kind === 'unattributed'));
  });
});

describe('English: "reports that …" after a preposition', () => {
  it('"alarmed by reports that X", "amid reports that X": X is reported with no source, even inside another’s claim', () => {
    const t = 'A spokesman told reporters the mayor was "deeply troubled" by reports that a depot had been burgled overnight.';
    const a = attributions(t).find((x) => x.kind === 'unattributed');
    assert.equal(a?.content, 'a depot had been burgled overnight');
    assert.equal(one('Shares in Kelmont fell amid reports that its chief executive would quit.', 'amid reports that').kind, 'unattributed');
  });

  it('an outlet that "reports that X" is still the source', () => {
    const a = attributions('The Brenton Courier reports that the chief executive would quit.');
    assert.deepEqual(a.map((x) => x.kind), ['named']);
  });
});

describe('English: criminal groups as unnamed sources', () => {
  it('"A ransomware gang has claimed it stole …" is an unnamed source', () => {
    const a = one('A ransomware gang has claimed it stole the files of 9,000 pupils.', 'claimed');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.content, 'it stole the files of 9,000 pupils');
  });
});

describe('English: reviewers and trackers as unnamed sources', () => {
  it('"In documents posted on Monday, agency reviewers said that …"', () => {
    const a = one('In documents posted on Monday, agency reviewers said that nine patients fell ill.', 'said');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.source, 'agency reviewers');
  });

  it('"Amateur trackers in Chile reported picking up a signal"', () => {
    assert.equal(one('Amateur trackers in Chile reported picking up a weak signal.', 'reported').kind, 'anonymous');
  });
});

describe('English: the reason a source gives for anonymity', () => {
  it('"… because they feared reprisals" is no report of its own', () => {
    const t = 'Three nurses, who spoke on condition of anonymity because they feared losing their jobs, described wards left without cover.';
    const all = attributions(t);
    assert.equal(all.length, 1, JSON.stringify(all));
    assert.equal(all[0]!.cue, 'described');
  });
});

describe('English: where the reason for anonymity ends', () => {
  it('ends with the source when the source comes before its verb', () => {
    const a = one('Two council aides, who spoke on condition of anonymity because they were not allowed to discuss the budget, said the cuts were final.', 'said');
    assert.equal(a.reason, 'who spoke on condition of anonymity because they were not allowed to discuss the budget');
    assert.equal(a.content, 'the cuts were final');
  });

  it('still runs to the sentence end when it follows the verb', () => {
    const a = one('The cuts are final, an aide said, speaking on condition of anonymity because the budget is not public.', 'said');
    assert.equal(a.reason, 'speaking on condition of anonymity because the budget is not public');
  });
});

describe('English: more ways to give a reason for anonymity', () => {
  for (const [t, reason] of [
    ['A neighbour, who did not want to be named, said she heard a loud bang.', 'who did not want to be named'],
    ['One shopper, who declined to give her name, said prices had doubled.', 'who declined to give her name'],
    ["A porter, who didn't wish to be identified, said the wards were full.", "who didn't wish to be identified"],
  ] as const) {
    it(`"${reason}"`, () => {
      const a = one(t, 'said');
      assert.equal(a.reason, reason);
      assert.equal(a.grade, 'anonymous-described');
    });
  }

  it('keeps the reason out of the speaker ("a witness who did not wish to be identified")', () => {
    assert.equal(one('“It was chaos,” said a witness who did not wish to be identified.', 'said').speaker, 'a witness');
  });
});

describe('English: a person the story names in part is named', () => {
  it('"A woman who gave her name only as Marta" is Marta', () => {
    const a = one('A woman who gave her name only as Marta said the queue had stretched for a mile.', 'said');
    assert.deepEqual([a.kind, a.speaker], ['named', 'Marta']);
  });

  it('"one resident, who gave her name only as Joan," is Joan', () => {
    const a = one('“We heard it crack,” said one resident, who gave her name only as Joan.', 'said');
    assert.deepEqual([a.kind, a.speaker], ['named', 'Joan']);
  });

  it('"A TikTok user named Marcy Vale" is Marcy Vale', () => {
    assert.equal(one('A TikTok user named Marcy Vale said she had filmed the collapse.', 'said').speaker, 'Marcy Vale');
  });

  it('"A man who asked to be identified only as Tom" is Tom', () => {
    assert.equal(one('A man who asked to be identified only as Tom said he was scared.', 'said').speaker, 'Tom');
  });

  it('a man who would not give his name stays unnamed', () => {
    assert.equal(one('A man who would not give his name said he was scared.', 'said').kind, 'anonymous');
  });
});

describe('English: people described by the work they do', () => {
  it('"Two union officials working on the negotiations said" is the officials', () => {
    const a = one('Two union officials working on the negotiations said the offer had been withdrawn.', 'said');
    assert.deepEqual([a.kind, a.source], ['anonymous', 'Two union officials working on the negotiations']);
  });

  it('"Engineers working at the site said" is the engineers, not the site', () => {
    assert.equal(one('Engineers working at the site said the crack was new.', 'said').source, 'Engineers working at the site');
  });

  it('a place after a plain verb is no part of the subject', () => {
    assert.deepEqual(attributions('Crews worked at the site overnight. Officials said the road would reopen.').map((a) => a.source), ['Officials']);
  });
});

describe('English: "she" after an unnamed person quoted in the same paragraph', () => {
  it('is the unnamed neighbour whose words say she is a woman, not the named officer before', () => {
    const t = '“This was not random,” Sgt. Dana Ruiz said.\n\nA neighbour, who asked not to be named because she feared for her safety, said she heard eight shots. “I grabbed my kids,” she said.';
    const a = attributions(t).find((x) => x.source === 'she' && x.direct)!;
    assert.deepEqual([a.kind, a.speaker], ['anonymous', 'A neighbour']);
  });

  it('is still the named person when the unnamed one is a man', () => {
    const t = 'Sgt. Dana Ruiz arrived at midnight.\n\nA man who lives nearby said he heard eight shots. “It was awful,” she said.';
    assert.equal(attributions(t).find((x) => x.source === 'she')?.speaker, 'Dana Ruiz');
  });
});

describe('English: "Experts not involved in the study"', () => {
  it('is the subject of "cautioned"', () => {
    const a = one('Experts not involved in the study cautioned that it showed an association rather than cause and effect.', 'cautioned');
    assert.deepEqual([a.kind, a.source, a.content], ['anonymous', 'Experts not involved in the study', 'it showed an association rather than cause and effect']);
  });
});

describe('English: hedges of rumour, and refusals still to come', () => {
  it('"Rumours are swirling that …" is an unattributed hedge', () => {
    const a = one('Rumours are swirling that the chief executive will step down.', 'Rumours are swirling that');
    assert.deepEqual([a.kind, a.content], ['unattributed', 'the chief executive will step down']);
  });

  it('"The club will reject any bid" is an action foretold, no report of the club', () => {
    assert.deepEqual(attributions('It is understood that the club will reject any bid below £40m.').map((a) => a.kind), ['unattributed']);
  });

  it('"The club rejected the bid" still answers', () => {
    assert.equal(attributions('Harlow Athletic made an offer. The club rejected the claim that it had been approached.').length, 1);
  });
});

describe('English: posts on a site', () => {
  it('"A post on Reddit claimed" is an unnamed poster, not Reddit', () => {
    const a = one('A post on Reddit claimed the bridge had been closed twice before.', 'claimed');
    assert.deepEqual([a.kind, a.source], ['anonymous', 'A post on Reddit']);
  });

  it('"The governor\'s post on Telegram said" is the governor named before', () => {
    const t = 'Volgograd governor Andrei Bocharov visited the site. The governor\'s post on Telegram said two drones were downed.';
    assert.deepEqual([one(t, 'said').kind, one(t, 'said').speaker], ['named', 'Andrei Bocharov']);
  });
});
