// English rules that carry to unseen news: bodies behind spokespeople and
// definite descriptions, documents with an issuer, and cue words that report
// nothing ("asked not to be named", "did not confirm").
import assert from 'node:assert/strict';
import { attributions, one } from './en-helpers.js';

describe('English: bodies named earlier', () => {
  it('resolves "the newspaper" to the outlet named before', () => {
    const t = 'The newspaper Dagens Nyheter reported on Monday that the airline would cut routes. The newspaper said the cuts were large.';
    const a = attributions(t)[1]!;
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Dagens Nyheter');
  });

  it('resolves "the club" to the nearest body, not an earlier outlet', () => {
    const t = 'The newspaper Dagens Nyheter reported on Monday that the airline would cut routes. Harrowgate Athletic lost again on Saturday. The club said it was stable.';
    assert.equal(one(t, 'said').speaker, 'Harrowgate Athletic');
  });

  it('resolves "the authority" to the body whose name ends in Authority, past a nearer place name', () => {
    const t = 'The Dunmore Water Authority said in a statement that pipes under Mill Road had burst. The authority said repairs would take a week.';
    const second = attributions(t).filter((a) => a.cue === 'said')[1]!;
    assert.equal(second.kind, 'named');
    assert.equal(second.speaker, 'Dunmore Water Authority');
  });

  it('gives a spokesperson of "the club" / "the league" to that body', () => {
    const t = 'Harrowgate Athletic lost again on Saturday. A club spokesman said the club was stable. The English Football League has warned clubs. A league spokeswoman said it could not discuss clubs.';
    const [a, b] = attributions(t);
    assert.equal(a!.kind, 'named');
    assert.equal(a!.speaker, 'Harrowgate Athletic');
    assert.equal(b!.kind, 'named');
    assert.equal(b!.speaker, 'English Football League');
  });

  it('keeps "the newspaper" anonymous when no body was named', () => {
    const t = 'The newspaper said the cuts were large.';
    assert.equal(one(t, 'said').kind, 'anonymous');
  });
});

describe('English: words that report nothing', () => {
  it('"who asked not to be named" is a condition, not a report', () => {
    const t = 'A union official, who asked not to be named, told TT that staff were worried.';
    const all = attributions(t);
    assert.equal(all.length, 1, JSON.stringify(all));
    assert.equal(all[0]!.cue, 'told');
    assert.equal(all[0]!.kind, 'anonymous');
  });

  it('"did not confirm the report" reports nothing; "did not confirm that …" still does', () => {
    assert.equal(attributions('Skandia Air did not confirm the report.').length, 0);
    assert.equal(one('Skandia Air did not confirm that it would leave.', 'confirm').content, 'it would leave');
  });

  it('"a person briefed on the plans said": briefed describes the source', () => {
    const all = attributions('A person briefed on the plans said the ships would be seized.');
    assert.equal(all.length, 1, JSON.stringify(all));
    assert.equal(all[0]!.cue, 'said');
    assert.equal(all[0]!.kind, 'anonymous');
  });

  it('a bare number in a headline ("Two charged in …") is no source', () => {
    assert.equal(attributions('Two charged in scheme to resell stolen equipment').length, 0);
  });

  it('"allegedly" inside an informant\'s or a police report\'s claim still marks its clause as unproven', () => {
    const t = 'A friend revealed the couple had argued at a gala, where Rory allegedly threw a glass.';
    const h = one(t, 'allegedly');
    assert.equal(h.kind, 'unattributed');
    assert.equal(h.content, 'Rory allegedly threw a glass');
    const u = 'According to the police report, the treasurer allegedly moved the funds twice.';
    assert.equal(one(u, 'allegedly').content, 'the treasurer allegedly moved the funds twice');
  });

  it('"allegedly" inside a charging paper\'s claim is the paper\'s wording, not a second report', () => {
    const all = attributions('According to a complaint, Darnell Pike allegedly posed as a technician.');
    assert.equal(all.length, 1, JSON.stringify(all));
    assert.equal(all[0]!.cue, 'According to');
    assert.equal(one('Pike allegedly posed as a technician.', 'allegedly').kind, 'unattributed');
  });
});

describe('English: unnamed sources with a description', () => {
  for (const [t, source] of [
    ['A detective familiar with the case said investigators were examining payments.', 'A detective familiar with the case'],
    ['A European diplomat who follows the talks said neither government wanted to move.', 'A European diplomat who follows the talks'],
    ['A shipping analyst at a London brokerage, who asked not to be identified because of client relationships, estimated that the network had moved 40 million barrels.', 'A shipping analyst at a London brokerage'],
  ] as const) {
    it(`"${source}" is an anonymous described source`, () => {
      const all = attributions(t);
      assert.equal(all.length, 1, JSON.stringify(all));
      assert.equal(all[0]!.kind, 'anonymous');
      assert.equal(all[0]!.grade, 'anonymous-described');
      assert.ok(all[0]!.source!.startsWith(source), all[0]!.source!);
    });
  }
});

describe('English: a quote in the sentence before', () => {
  it('"…mountain.” He said she had …": the verb governs its own clause, not the earlier quote', () => {
    const t = 'Tobias Heller described her as “the most stubborn person on any mountain.” He said she had once refused to leave a field camp.';
    const a = one(t, 'said');
    assert.equal(a.speaker, 'Tobias Heller');
    assert.equal(a.content, 'she had once refused to leave a field camp');
    assert.equal(a.direct, false);
  });

  it('"“We will win,” he said." still takes the quote', () => {
    assert.equal(one('“We will win,” he said.', 'said').content, 'We will win');
  });
});

describe('English: documents with an issuer', () => {
  it('"a memo from the city\'s budget office" is the office\'s document, and so is "the memo"', () => {
    const t = "According to a memo from the city's budget office, ridership has fallen by a third. The memo warns that the agency will face a shortfall.";
    const [a, b] = attributions(t);
    assert.equal(a!.kind, 'named');
    assert.equal(a!.speaker, 'budget office');
    assert.equal(b!.kind, 'named');
    assert.equal(b!.speaker, 'budget office');
  });

  it('a complaint filed in a named court is a named document, and "the complaint" points back to it', () => {
    const t = 'According to a criminal complaint filed in Franklin County Superior Court, the men posed as technicians. The complaint says the men removed pumps.';
    const [a, b] = attributions(t);
    assert.equal(a!.kind, 'named');
    assert.equal(a!.speaker, 'criminal complaint');
    assert.equal(b!.speaker, 'criminal complaint');
  });

  it('"According to the report" after an outlet reported is that outlet', () => {
    const t = 'Skandia Air is considering pulling out, the newspaper Dagens Nyheter reported on Saturday. According to the report, the board will meet.';
    const a = one(t, 'According to');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Dagens Nyheter');
  });

  it('an unissued memo stays anonymous', () => {
    assert.equal(one('According to a memo, ridership has fallen by a third.', 'According to').kind, 'anonymous');
  });
});

describe('English: who stands behind a description', () => {
  it('"Her office said" speaks for the woman named before, not for the latest body', () => {
    const t = 'Mayor Helen Okafor opposes the levy. The Brackenridge City Council passed it. Her office said the mayor would decide by Friday.';
    const a = one(t, 'said');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Helen Okafor');
  });

  it('"The Minneapolis-based company" is the company named before', () => {
    const t = 'Halvorsen Foods agreed on Tuesday to buy a smaller rival. The Minneapolis-based company said the deal would add to earnings.';
    const a = one(t, 'said');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Halvorsen Foods');
  });

  it('"the detective" is the unnamed detective quoted last, not an earlier named one', () => {
    const t = 'Detective Samuel Reyes said two men were arrested. A detective familiar with the case said payments were examined. About half of the equipment has been recovered, the detective said.';
    const all = attributions(t);
    assert.equal(all[2]!.kind, 'anonymous');
    assert.equal(all[2]!.speaker, 'A detective familiar with the case');
    const named = attributions('Detective Samuel Reyes said two men were arrested. The detective later said the equipment was found.');
    assert.equal(named[1]!.speaker, 'Samuel Reyes');
  });
});

describe('English: names of bodies', () => {
  it('"Halvorsen Foods" and "Harrowgate Athletic" are organizations, not people', () => {
    assert.equal(one('Halvorsen Foods said sales rose.', 'said').grade, 'organization');
    assert.equal(one('Harrowgate Athletic said the sale was off.', 'said').grade, 'organization');
    assert.equal(one('Karin Holmqvist said the line would reopen.', 'said').grade, 'person');
  });
});

describe('English: coordinated reports', () => {
  it('"X said A but argued B": two reports of X, the second cut from the first', () => {
    const t = 'Mayor Helen Okafor opposes the levy. Her office said the mayor would announce her decision by Friday but argued that the city could fund the routes.';
    const said = one(t, 'said');
    const argued = one(t, 'argued');
    assert.equal(said.content, 'the mayor would announce her decision by Friday');
    assert.equal(argued.source, 'Her office');
    assert.equal(argued.speaker, 'Helen Okafor');
    assert.equal(argued.content, 'the city could fund the routes');
  });

  it('"the detective" with no named detective before is the unnamed one quoted last', () => {
    const t = 'Pike’s attorney, Samuel Reyes, said his client would plead not guilty. A detective familiar with the case said investigators were examining payments. About half of the equipment has been recovered, the detective said.';
    const all = attributions(t);
    assert.equal(all[2]!.kind, 'anonymous');
    assert.equal(all[2]!.speaker, 'A detective familiar with the case');
  });
});

describe('English: a speaker quoted inside a quote', () => {
  const t = '“I remember standing on it with a colleague, and he said, ‘This is not a trend anymore, this is a collapse.’ He was right,” she said.';
  it('"a colleague … he said, ‘…’" is an anonymous source of the inner quote, reported through the outer speaker', () => {
    const all = attributions(t);
    const inner = all.find((a) => a.source === 'he')!;
    assert.ok(inner, JSON.stringify(all));
    assert.equal(inner.kind, 'anonymous');
    assert.equal(inner.speaker, 'a colleague');
    assert.equal(inner.content, 'This is not a trend anymore, this is a collapse.');
    assert.equal(inner.direct, true);
    const outer = all.findIndex((a) => a.source === 'she');
    assert.equal(inner.via, outer);
  });

  it('a pronoun inside a quote with no one introduced there is left alone', () => {
    const all = attributions('“He said, ‘We are done,’ and left,” she said.');
    assert.equal(all.filter((a) => a.source === 'He').length, 0, JSON.stringify(all));
  });
});

describe('English: contrast clauses', () => {
  const t = 'The Brackenridge Chamber of Commerce said in a letter that a sales levy would hurt retailers, while the Riverside Merchants Association backed the plan, saying workers cost its members more than the tax would.';
  it('", while X backed the plan, saying …": X is the one saying', () => {
    const a = one(t, 'saying');
    assert.equal(a.speaker, 'Riverside Merchants Association');
    assert.equal(a.content, 'workers cost its members more than the tax would');
  });
  it('the first claim ends before ", while"', () => {
    assert.equal(one(t, 'said').content, 'a sales levy would hurt retailers');
  });
  it('"Some council members privately doubt …" is a belief of an unnamed group', () => {
    const a = one('Some council members privately doubt the measure will survive a veto.', 'doubt');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.content, 'the measure will survive a veto');
    assert.equal(attributions('There is little doubt that it will pass.').length, 0);
  });
});

describe('English: more unattributed hedges', () => {
  it('"X is understood to …" and "There have been claims that …" have no source', () => {
    const t = 'The English Football League is understood to have been in contact with the club. There have also been claims that two senior players have asked to leave.';
    const all = attributions(t);
    assert.deepEqual(all.map((a) => [a.kind, a.cue]), [['unattributed', 'is understood to'], ['unattributed', 'There have also been claims that']]);
    assert.equal(all[1]!.content, 'two senior players have asked to leave');
  });
});

describe('English: more shapes of sources', () => {
  it('"People with knowledge of the discussions said" is an anonymous described source', () => {
    const a = one('People with knowledge of the discussions said the board would meet.', 'said');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.source, 'People with knowledge of the discussions');
  });

  it('"rejected that view, saying …": the bare object is no claim, the participle is', () => {
    const all = attributions('Ferreyra rejected that view, saying Peru had followed the science.');
    assert.deepEqual(all.map((a) => [a.cue, a.content]), [['saying', 'Peru had followed the science']]);
  });

  it('an appositive between a role and the name: "Sweden\'s infrastructure minister, Karin Holmqvist, said"', () => {
    const a = one("Sweden's infrastructure minister, Karin Holmqvist, said the line would reopen in May.", 'said');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Karin Holmqvist');
    assert.equal(a.content, 'the line would reopen in May');
  });
});

describe('English: media as a group, data with an issuer', () => {
  for (const phrase of ['Western media', 'Local media', 'Some media']) {
    it(`"${phrase} reported …" is anonymous`, () => {
      const a = one(`${phrase} reported that the bridge had collapsed.`, 'reported');
      assert.equal(a.kind, 'anonymous');
    });
  }

  it('"data from the Office for National Statistics" is the office\'s', () => {
    const a = one('According to data from the Office for National Statistics, unemployment rose.', 'According to');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Office for National Statistics');
  });
});

describe('English: groups described by a clause', () => {
  for (const [t, source] of [
    ['Several people who attended the meeting said tempers flared.', 'Several people who attended the meeting'],
    ['Those close to the president say he is frustrated.', 'Those close to the president'],
    ['Those familiar with the talks said a deal was near.', 'Those familiar with the talks'],
  ] as const) {
    it(`"${source}" is an anonymous described source`, () => {
      const all = attributions(t);
      assert.equal(all.length, 1, JSON.stringify(all));
      assert.equal(all[0]!.source, source);
      assert.equal(all[0]!.kind, 'anonymous');
    });
  }

  it('a named subject with a relative clause between commas keeps its name', () => {
    assert.equal(one('Trump, who attended the meeting, said tempers flared.', 'said').speaker, 'Trump');
  });
});

describe('English: documents without an issuer', () => {
  it('"Media reports said" names no issuer; "A Bloomberg poll" does', () => {
    assert.equal(one('Media reports said the tanker was seized.', 'said').kind, 'anonymous');
    const a = one('A Bloomberg poll found that voters were split.', 'found');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Bloomberg poll');
  });

  it('"Rumours have circulated that …" is an unattributed hedge', () => {
    const a = one('Rumours have circulated that the coach will quit.', 'Rumours have circulated that');
    assert.equal(a.kind, 'unattributed');
    assert.equal(a.content, 'the coach will quit');
  });
});

describe('English: object pronouns inside a source phrase', () => {
  it('"two people with knowledge of it told Reuters" is the source of the clause before', () => {
    const all = attributions('The decision was made last week, two people with knowledge of it told Reuters.');
    const a = all.find((x) => x.kind === 'anonymous')!;
    assert.ok(a, JSON.stringify(all));
    // (The outlet told is only the listener: no report of its own.)
    assert.equal(all.findIndex((x) => x.speaker === 'Reuters'), -1);
    assert.equal(a.source, 'two people with knowledge of it');
    assert.equal(a.content, 'The decision was made last week');
  });

  it('"People close to him said" keeps the whole phrase', () => {
    assert.equal(one('People close to him said he was tired.', 'said').source, 'People close to him');
  });
});
