// Which body a description means: "the county council" is never the police
// force quoted before, "The Dutch foreign ministry" is that ministry, a name
// with "of the" inside stays whole, and "In Russia, the governor of …" gives
// the governor no country. Every sentence here is our own.
import assert from 'node:assert/strict';
import { attributions, one } from './en-helpers.js';

const speakerOf = (t: string, source: string) => attributions(t).find((a) => a.source === source)?.speaker;

describe('English: a body description keeps to its own kind', () => {
  it('"The county council" is not the police force quoted before it', () => {
    const t = 'Kelby Police said a woman had died. Councillor Ann Roe said she had asked the county council for a crossing. The county council said it would review the site.';
    assert.equal(speakerOf(t, 'The county council'), 'county council');
  });

  it('"the council" still finds the council named before', () => {
    const t = 'Dunmore Borough Council approved the plan. Kelby Police said the road would close. The council said work would start in May.';
    assert.equal(speakerOf(t, 'The council'), 'Dunmore Borough Council');
  });

  it('"The Dutch foreign ministry" is that ministry, not the outlet quoted before', () => {
    const t = 'CCTV quoted Commerce Minister Wang Lei as saying Beijing would oppose new curbs. The Dutch foreign ministry said it had not received a complaint.';
    assert.equal(speakerOf(t, 'The Dutch foreign ministry'), 'Dutch foreign ministry');
  });
});

describe('English: names and roles around "of the"', () => {
  it('"The Institute for the Study of War, a … think tank," is the institute', () => {
    const t = 'A source in the SBU told a website that drones had hit a depot. The Institute for the Study of War, a Washington-based think tank, said attacks would intensify.';
    assert.equal(speakerOf(t, 'The Institute for the Study of War, a Washington-based think tank'), 'Institute for the Study of War');
  });

  it('"In Russia, the governor of the Bryansk region" is the governor, not Russia', () => {
    const t = 'Moscow claims its troops took the village. In Russia, the governor of the Bryansk region said a drone had struck a substation.';
    assert.equal(speakerOf(t, 'the governor of the Bryansk region'), 'governor of the Bryansk region');
  });

  it('a title before "of the" stays the person\'s role', () => {
    const t = 'Cllr Ann Vale, Chair of the Roads Association said: “We are ready.”';
    assert.equal(attributions(t)[0]?.speaker, 'Ann Vale');
  });
});

describe('English: "the charity" is a body of a kindred kind', () => {
  it('the charity quoted just before, not a university or a journal named since', () => {
    const t = 'The study, led by Ann Roe of the University of Kelby, appeared in the journal Sleep Open. The Sleep Society said the results were early and urged people to see a GP. A spokesperson for the charity noted that exercise mattered more.';
    assert.equal(attributions(t).find((a) => a.cue === 'noted')?.speaker, 'Sleep Society');
  });
});

describe('English: "her label" is the record company', () => {
  it('named after it as the story goes on, never an outlet quoted in between', () => {
    const t = 'Pop singer Mara Lind has called off her tour, her label announced on Friday. TMZ said she was exhausted. Halcyon Records said fans would be refunded.';
    assert.equal(attributions(t).find((a) => a.source === 'her label')?.speaker, 'Halcyon Records');
  });

  it('or named before it', () => {
    const t = 'Lind signed with Bellweather Music in 2019. Her label said the tour would resume in May.';
    assert.equal(attributions(t).find((a) => a.cue === 'said')?.speaker, 'Bellweather Music');
  });
});

describe('English: "the force" after a headline naming the city’s police', () => {
  it('is the police force named in full before, not the headline’s "<City> police"', () => {
    const t = 'Avon and Somerset Police said extra officers had been deployed across the region.\n\n' +
      'Bristol police promise "firm" action\n\n' +
      'Police in Bristol are at the scene of the march, as it promised people will be dealt with “firmly”. ' +
      'In an update on X, the force said: “Our officers are well prepared for tonight.”';
    const a = attributions(t).find((x) => x.source === 'the force');
    assert.equal(a?.speaker, 'Avon and Somerset Police');
  });
});

describe('English: a company named by its trade', () => {
  it('"The operator blamed …" after a named power company is that company', () => {
    const t = 'Brakewell Power said it had crews on standby. The operator blamed last summer’s outages on ageing substations.';
    const a = one(t, 'blamed');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Brakewell Power');
  });

  it('"the lender" after a named bank is that bank', () => {
    const t = 'Halden Bank reported a drop in profit on Tuesday. The lender said higher funding costs had squeezed margins.';
    assert.equal(one(t, 'said').speaker, 'Halden Bank');
  });

  it('"a crane operator" is still an unnamed person', () => {
    assert.equal(one('A crane operator said the wind was too strong.', 'said').kind, 'anonymous');
  });
});

describe('English: the opposition', () => {
  it('"the state opposition said" is a source that points back to no company named before', () => {
    const t = 'Brakewell Power said it had crews on standby. The state opposition said the grid had been neglected.';
    const a = attributions(t).find((x) => x.source === 'The state opposition');
    assert.equal(a?.speaker, 'state opposition');
  });

  it('", a claim the opposition disputes" answers the claim before the comma', () => {
    const t = 'Ministers said 3,000 homes had been rebuilt, a claim the opposition disputes.';
    const a = one(t, 'disputes');
    assert.equal(a.source, 'the opposition');
    assert.equal(a.content, '3,000 homes had been rebuilt');
  });

  it('"That claim is contested by the opposition" answers the claim before; "The result is contested by …" answers none', () => {
    const t = 'Ministers said 3,000 homes had been rebuilt. That claim is contested by the opposition.';
    assert.equal(attributions(t).find((x) => x.source === 'the opposition')?.content, '3,000 homes had been rebuilt');
    assert.deepEqual(attributions('The result is contested by the opposition.'), []);
  });
});

describe('English: a body\'s numbers speak for the body', () => {
  it('"the figures showed" after a statistics body reported is that body', () => {
    const t = 'The Tarsian Statistics Bureau said consumer prices rose 4.1% in May. Rents climbed fastest, the figures showed.';
    const a = one(t, 'showed');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Tarsian Statistics Bureau');
  });

  it('"According to the data" after a body reported is that body', () => {
    const t = 'The Orvell Housing Trust said 600 families were waiting for homes. According to the data, most had waited over a year.';
    assert.equal(one(t, 'According to').speaker, 'Orvell Housing Trust');
  });

  it('stays an unnamed source when no body reported before', () => {
    assert.equal(one('Prices rose in May. The figures showed rents climbing fastest.', 'showed').kind, 'anonymous');
  });
});

describe('English: the minutes of a body\'s meeting', () => {
  it('"Minutes of the Tarsian Reserve Bank\'s March meeting showed" is the bank', () => {
    const t = 'Minutes of the Tarsian Reserve Bank\'s March meeting, released on Tuesday, showed that three members wanted a cut.';
    const a = one(t, 'showed');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Tarsian Reserve Bank');
    assert.equal(a.content, 'three members wanted a cut');
  });
});

describe('English: "the government" of the country the story is in', () => {
  it('is the government of the dateline\'s capital', () => {
    const t = 'Floods cut off northern towns\n\nACCRA, March 3 — Heavy rain cut roads to six towns on Monday.\n\nThe government said it would send army trucks with food.';
    const a = one(t, 'said');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Ghana government');
  });

  it('is the government of the country the headline names', () => {
    const t = 'Storm batters coast of Ireland\n\nWinds of 150 km/h felled trees on Sunday. The government said schools would stay shut.';
    assert.equal(one(t, 'said').speaker, 'Ireland government');
  });

  it('stays unnamed when no country is given', () => {
    const t = 'Storm batters coast\n\nWinds felled trees on Sunday. The government said schools would stay shut.';
    assert.equal(one(t, 'said').kind, 'anonymous');
  });
});

describe('English: "the club" in a match report', () => {
  it('is the team named before, not the outlet whose report it is in', () => {
    const t = 'Kestrel Rovers lost 2-1 at home on Saturday.\n\nAccording to the Northern Echo, the club has told the league that the goal should not have stood.';
    assert.equal(attributions(t).find((a) => a.source === 'the club')?.speaker, 'Kestrel Rovers');
  });
});

describe('English: one particular paper named by what it is', () => {
  it('"The audit warned …" with no audit quoted before is a named document', () => {
    const t = 'Staffing fell short at nine homes last year. The audit warned that the gaps created legal risk.';
    const a = one(t, 'warned');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'audit');
  });

  it('"The report says" after "In a report to councillors, planning officers say" is those officers', () => {
    const t = 'In a 40-page report to councillors, planning officers say the site is suitable. The report says the lane can take the traffic.';
    const a = attributions(t).find((x) => x.source === 'The report');
    assert.equal(a?.speaker, 'planning officers', JSON.stringify(attributions(t)));
  });

  it('plural records stay unnamed ("Records show …")', () => {
    assert.equal(one('Nine homes were short of nurses. The records show gaps on most weekends.', 'show').kind, 'anonymous');
  });
});

describe('English: calculations and tallies with an issuer', () => {
  it('"according to calculations by Pellmont Research" is that issuer', () => {
    const t = 'Traders now see a 60% chance of a cut in March, according to calculations by Pellmont Research.';
    assert.equal(one(t, 'according to').speaker, 'Pellmont Research');
  });

  it('"according to a tally by the Orvell Herald" is that outlet', () => {
    assert.equal(one('The toll rose to 41, according to a tally by the Orvell Herald.', 'according to').kind, 'named');
  });
});

describe('English: "Police said" in a country with one national force', () => {
  it('is that force when the dateline gives the country', () => {
    const t = 'Flash floods hit northern towns\n\nKAMPALA, May 2 — Floods swept through four towns on Tuesday.\n\nPolice said six people had died.';
    const a = one(t, 'said');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Uganda Police');
  });

  it('stays unnamed police where no country is given', () => {
    assert.equal(one('River bursts banks\n\nPolice said a man was missing.', 'said').kind, 'anonymous');
  });
});

describe('English: "the health board" is a public body', () => {
  it('is not the hospital named before', () => {
    const t = 'Nurses at Harwick General Hospital keep leaving. The health board says it is recruiting.';
    assert.equal(one(t, 'says').speaker, 'health board');
  });

  it('is the board named before', () => {
    const t = 'The Orvell Valley Health Board opened a clinic. The board said it would hire 20 nurses.';
    assert.equal(one(t, 'said').speaker, 'Orvell Valley Health Board');
  });
});

describe('English: a paper from a person named with their role', () => {
  it('"according to a memo from chief executive Name" and "the memo said" are that person', () => {
    const t = 'Pellmont will shut two plants, according to a memo from chief executive Ines Varga seen by the Herald. The cuts start in May, the memo said.';
    assert.equal(one(t, 'according to').speaker, 'Ines Varga');
    assert.equal(one(t, 'said').speaker, 'Ines Varga');
  });
});

describe('English: an issuer described before its name', () => {
  it('"a poll by the Republican firm Name showed" is that firm', () => {
    const a = one('A poll released Monday by the Republican firm Orvell Strategies showed the race tied.', 'showed');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Orvell Strategies');
  });
});

describe('English: a body named in apposition to its kind', () => {
  it('"The union, Unison," and "The regulator, Ofwat," name the body, one word as it may be', () => {
    for (const [t, body] of [
      ['The union, Unison, said it would fight the closures.', 'Unison'],
      ['The regulator, Ofwat, said it would act.', 'Ofwat'],
      ['The union, AFSCME Local 12, said it would fight the closures.', 'AFSCME Local 12'],
      ['The union representing the workers, AFSCME Local 12, said in a statement that it would fight the closures.', 'AFSCME Local 12'],
    ] as const) {
      const a = one(t, 'said');
      assert.equal(a.kind, 'named', t);
      assert.equal(a.grade, 'organization', t);
      assert.equal(a.speaker, body, t);
    }
  });

  it('a name ending in its number is a body ("Teamsters Local 727"), a numbered article a document', () => {
    const a = one('Teamsters Local 727 said the strike would go on.', 'said');
    assert.equal(a.grade, 'organization');
    assert.equal(a.speaker, 'Teamsters Local 727');
    assert.equal(one('Article 5 says an attack on one is an attack on all.', 'says').grade, 'document');
  });
});

describe('English: two sources joined by "and" after the claim', () => {
  it('", the company and the regulator said": the company named before speaks for both', () => {
    const t = 'Halvern Pharma is recalling two million packs after tests found a contaminant, the company and the regulator said on Thursday.';
    const a = one(t, 'said');
    assert.equal(a.source, 'the company and the regulator');
    assert.equal(a.speaker, 'Halvern Pharma');
    assert.equal(a.plural, true);
    assert.equal(a.content, 'Halvern Pharma is recalling two million packs after tests found a contaminant');
  });

  it('", police and fire officials said" is one unnamed group', () => {
    const a = one('The bridge will stay closed until Monday, police and fire officials said.', 'said');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.source, 'police and fire officials');
  });

  it('an object before "and" is no source: "He met the mayor and the council said …"', () => {
    assert.equal(one('He met the mayor and the council said the bridge would close.', 'said').source, 'the council');
  });
});

describe('English: a body and its acronym', () => {
  it('"The Medicines and Healthcare products Regulatory Agency (MHRA)" is one name, and "the MHRA" is it', () => {
    const t = 'The Medicines and Healthcare products Regulatory Agency (MHRA) said patients should keep taking the drug. The MHRA said it was reviewing its rules.';
    const all = attributions(t);
    assert.deepEqual(all.map((a) => a.speaker), ['Medicines and Healthcare products Regulatory Agency', 'Medicines and Healthcare products Regulatory Agency']);
    assert.ok(all.every((a) => a.grade === 'organization'));
  });
});

describe('English: agencies named "… Administration"', () => {
  it('"The Federal Aviation Administration", "the Food and Drug Administration" keep their whole names; "the Trump Administration" is Trump\'s', () => {
    assert.equal(one('The Federal Aviation Administration said it had opened a probe.', 'said').speaker, 'Federal Aviation Administration');
    assert.equal(one('The Food and Drug Administration said the drug was safe.', 'said').speaker, 'Food and Drug Administration');
    assert.equal(one('The Trump Administration said it had opened a probe.', 'said').speaker, 'Trump');
  });

  it('"said in a filing posted on its website that …": the participle describes the filing, no second report', () => {
    const all = attributions('The agency said in a filing posted on its website on Friday that it had identified four crashes.');
    assert.deepEqual(all.map((a) => a.cue), ['said']);
  });
});

describe('English: a plural description, then one name', () => {
  it('"The selling agents, Knight Frank," is a firm, whatever first name the name holds', () => {
    const a = one('The selling agents, Knight Frank, said they could not comment on private sales.', 'said');
    assert.equal(a.speaker, 'Knight Frank');
    assert.equal(a.grade, 'organization');
  });
});

describe('English: a body named before its kind', () => {
  it('"the Aslef union" is Aslef, never the body the story names next', () => {
    const t = 'Train drivers will strike on Friday, the Aslef union has confirmed.\n\nThe Rail Delivery Group said it was disappointed.';
    assert.equal(one(t, 'confirmed').speaker, 'Aslef');
  });
});

describe('English: a title word that names a body\'s field', () => {
  it('"the Justice Department" keeps "Justice", and "the department" later is it; "Justice Ruth Bader Ginsburg" is still a judge', () => {
    const t = 'The Justice Department declined to comment. If convicted, he faces ten years in prison, the department said.';
    assert.equal(one(t, 'said').speaker, 'Justice Department');
    assert.equal(one('Justice Ruth Bader Ginsburg said the case was strong.', 'said').speaker, 'Ruth Bader Ginsburg');
  });
});

describe('English: a body named in apposition, with its article or two founders', () => {
  it('"The paper, the Kelso Courier," is that paper, not the last outlet named', () => {
    const t = 'Radio Borders reported the fire on Monday. The paper, the Kelso Courier, claims the mill will close.';
    const a = one(t, 'claims');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Kelso Courier');
    assert.equal(a.content, 'the mill will close');
  });

  it('"Her lawyers, Mace and Jones," and "the law firm, Mace and Jones," are the firm', () => {
    for (const t of ['Her lawyers, Mace and Jones, said in a statement that she had done nothing wrong.', 'The law firm, Mace and Jones, said she had done nothing wrong.']) {
      const a = one(t, 'said');
      assert.equal(a.kind, 'named');
      assert.equal(a.speaker, 'Mace and Jones');
      assert.equal(a.content, 'she had done nothing wrong');
    }
  });
});

describe('English: a lead that describes the body before naming it', () => {
  it('"…, the regulator said." then "Ofwat said …": the regulator is the body named next', () => {
    const t = 'A water company has been fined £12m, the regulator said on Tuesday.\n\nOfcast said the company had under-reported spills.';
    const a = attributions(t)[0]!;
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Ofcast');
  });

  it('"…, the company said." then "South Moor Water said …"', () => {
    const t = 'Bills will not rise, the company said.\n\nSouth Moor Water said it had under-reported spills.';
    assert.equal(attributions(t)[0]!.speaker, 'South Moor Water');
  });

  it('not when a body was named before, nor a body of another kind after', () => {
    const t = 'Bills will not rise, the company said.\n\nThe Water Council said it would investigate.';
    assert.equal(attributions(t)[0]!.kind, 'anonymous');
  });
});

describe('English: a body whose name has "and" in it', () => {
  for (const [t, name] of [
    ['Tourism is vital to the economy, according to the World Travel and Tourism Council.', 'World Travel and Tourism Council'],
    ['The Rail and Signal Workers Union said it would strike.', 'Rail and Signal Workers Union'],
    ['Prices fell, the Food and Drug Administration said.', 'Food and Drug Administration'],
  ] as const) {
    it(name, () => assert.equal(attributions(t)[0]!.speaker, name));
  }

  it('two bodies joined by "and" stay two', () => {
    assert.equal(attributions('The FBI and the Justice Department said the inquiry continued.')[0]!.speaker, 'FBI and Justice Department');
  });
});

describe('English: a body of a named place', () => {
  it('"The akimat of Petropavlovsk reported" is that akimat, not the ministry quoted before', () => {
    const t = 'The water is rising, the Ministry of Emergency Situations reported. The akimat of Petropavlovsk reported that dams had been reinforced.';
    assert.equal(attributions(t)[1]!.speaker, 'akimat of Petropavlovsk');
  });
});

describe('English: offices named with a possessive', () => {
  it('"the department" is the "… Sheriff\'s Department" named before', () => {
    const t = 'The Harlan County Sheriff\'s Department released a statement on Friday. The deputy had stopped to help a driver, the department said. The crash happened after midnight, according to the department.';
    const all = attributions(t);
    assert.deepEqual(all.map((a) => [a.grade, a.speaker]), [['organization', "Harlan County Sheriff's Department"], ['organization', "Harlan County Sheriff's Department"]]);
  });

  it('"The Attorney General\'s Office" is its own body, not the district attorney\'s office named before', () => {
    const t = 'The Bexley District Attorney\'s Office said the charges were dropped. The Attorney General\'s Office said it would appeal.';
    assert.equal(speakerOf(t, 'The Bexley District Attorney\'s Office'), "Bexley District Attorney's Office");
    assert.equal(speakerOf(t, 'The Attorney General\'s Office'), "Attorney General's Office");
  });

  it('"the sheriff\'s office", none named, is that office, not the army named before', () => {
    const t = 'The People\'s Liberation Army said drills had begun. In Ohio, the sheriff\'s office said deputies were called at 3 a.m.';
    assert.equal(speakerOf(t, 'The People\'s Liberation Army'), "People's Liberation Army");
    assert.equal(speakerOf(t, 'the sheriff\'s office'), "sheriff's office");
  });

  it('"the sheriff\'s office" is the "… Sheriff\'s Office" named before', () => {
    const t = 'The Dane County Sheriff\'s Office opened an inquiry. Kelby Water said supplies were safe. The sheriff\'s office said two men had been held.';
    assert.equal(speakerOf(t, 'The sheriff\'s office'), "Dane County Sheriff's Office");
  });
});

describe('English: an office written in lower case before a name', () => {
  it('"the governor" is "Volgograd governor Andrei Bocharov"', () => {
    assert.equal(speakerOf('Volgograd governor Andrei Bocharov visited the site. The governor said two drones were downed.', 'The governor'), 'Andrei Bocharov');
  });

  it('"the governor of the Bryansk region" is not the Kharkiv governor named before', () => {
    const t = 'Kharkiv regional governor Oleh Synko said three people were hurt. In Russia, the governor of the Bryansk region said a drone had struck a substation.';
    assert.equal(speakerOf(t, 'the governor of the Bryansk region'), 'governor of the Bryansk region');
  });

  it('"The Democratic nominee" is not the Republican nominee named last', () => {
    const t = 'Democratic presidential nominee Hillary Clinton spoke in Ohio. Republican presidential nominee Donald Trump spoke in Iowa. The Democratic presidential nominee said jobs came first.';
    assert.equal(speakerOf(t, 'The Democratic presidential nominee'), 'Hillary Clinton');
  });
});

describe('English: a post by a body, and the army', () => {
  it('"A post on X by the ministry said": the ministry named before speaks through its post', () => {
    const t = 'Estonia\'s Foreign Ministry summoned the Belarusian envoy on Monday. A post on X by the ministry said the envoy had been told the flights must stop.';
    const a = one(t, 'said');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Foreign Ministry');
  });

  it('"the army" is no statistics office quoted before', () => {
    const t = 'A report by the Office for National Statistics showed prices rose. The army said the bridge was secure.';
    const a = attributions(t).find((x) => x.source === 'The army');
    assert.ok(a, JSON.stringify(attributions(t)));
    assert.notEqual(a.speaker, 'Office for National Statistics');
  });
});

describe('English: an agency by its country and field', () => {
  it('"Veltra launched … The Norwegian space agency said": the body of one word named just before', () => {
    const t = 'Veltra launched a weather satellite on Thursday. The Norwegian space agency said the craft would reach orbit within hours.';
    const a = one(t, 'said');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Veltra');
  });

  it('with no such body just before, it is the agency so described, not the people a name modifies', () => {
    const t = 'Gazprom cut supplies on Monday. Kremlin officials declined to comment. The German energy agency said storage was 80% full.';
    const a = attributions(t).find((x) => x.source === 'The German energy agency');
    assert.ok(a, JSON.stringify(attributions(t)));
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'German energy agency');
  });
});

describe('English: a refusal', () => {
  it('"would not immediately describe the malfunction" reports nothing', () => {
    const t = 'Veltra would not immediately describe the malfunction. The ministry declined to explain the delay.';
    assert.deepEqual(attributions(t), []);
  });
});

describe('English: a body\'s own paper', () => {
  it('"according to its latest quarterly filing" speaks as the company quoted before', () => {
    const t = 'Velmora Systems said on Monday it would cut 1,800 jobs. The firm employed about 15,000 people at the end of June, according to its most recent quarterly filing.';
    const a = one(t, 'according to');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Velmora Systems');
  });

  it('with no body to speak for it, the paper is still a paper', () => {
    const t = 'The deficit was large, according to its annual report.';
    assert.equal(one(t, 'according to').grade, 'document');
  });
});
