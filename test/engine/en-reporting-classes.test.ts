// English news phrasing by class (impersonal announcements, requests for anonymity,
// unnamed groups, role epithets …), each written by us to stand for a construction
// many writers use, not for one sentence of any corpus.
import assert from 'node:assert/strict';
import { attributions, one } from './en-helpers.js';

describe('English: impersonal announcements ("it was announced that")', () => {
  it('reads "It was announced that …" as an unattributed report', () => {
    const a = one('It was announced that the regatta would be moved to July.', 'It was announced');
    assert.equal(a.kind, 'unattributed');
    assert.equal(a.content, 'the regatta would be moved to July');
  });

  it('covers confirmed, revealed and disclosed in the perfect too', () => {
    assert.equal(one('It has been confirmed that the goalkeeper will miss the derby.', 'It has been confirmed').content, 'the goalkeeper will miss the derby');
    assert.equal(one('It was revealed that the bakery had been sold.', 'It was revealed').kind, 'unattributed');
  });

  it('keeps a time setting before "that" out of the claim', () => {
    assert.equal(one('It was disclosed on Friday that the pension fund had lost $90 million.', 'It was disclosed').content, 'the pension fund had lost $90 million');
    assert.equal(one('It was reported last week that the mine would close.', 'It was reported').content, 'the mine would close');
  });

  it('marks the clause before when it trails, with or without a time', () => {
    assert.equal(one('The regatta will be moved to July, it was announced on Monday.', 'it was announced').content, 'The regatta will be moved to July');
  });

  it('reports nothing when no claim goes with it ("When it was announced, …")', () => {
    assert.deepEqual(attributions('When it was announced, the crowd cheered.'), []);
  });
});

describe('English: a request to keep a name out of print', () => {
  it('is no report in "who asked that her surname not be published"', () => {
    const all = attributions('"Nobody came," said Irene, a cleaner who asked that her surname not be published.');
    assert.deepEqual(all.map((a) => a.cue), ['said']);
  });

  it('is no report in "asked that their names be withheld"', () => {
    const all = attributions('Two drivers, who asked that their names be withheld, said the depot had flooded.');
    assert.equal(all.some((a) => a.cue === 'asked'), false);
    assert.equal(all.filter((a) => a.cue === 'said').length, 1);
  });

  it('still reads "asked that" with a claim-like request as before ("asked that the vote be delayed")', () => {
    assert.equal(attributions('The mayor asked that the vote be delayed.').length <= 1, true);
  });
});

describe('English: unnamed people named by their trade or circumstance', () => {
  it('reads trades and crowds as anonymous groups ("drivers", "paramedics", "civil servants")', () => {
    for (const [text, cue] of [
      ['Three drivers said the tunnel had flooded twice this month.', 'said'],
      ['Paramedics warned that ambulances were queuing outside the hospital.', 'warned'],
      ['Civil servants say the new rota is unworkable.', 'say'],
      ['Locals said the ferry had been late all summer.', 'said'],
      ['Inmates said the heating had failed in December.', 'said'],
    ] as const) {
      assert.equal(one(text, cue).kind, 'anonymous', text);
    }
  });

  it('reads a plural of people capitalised only by the sentence start as a group, not a name', () => {
    assert.equal(one('Bartenders said the bar had been raided twice.', 'said').kind, 'anonymous');
    assert.equal(one('Harvesters complained that the price had halved.', 'complained').kind, 'anonymous');
  });

  it('keeps a name that only looks plural ("Summers said", "Jefferies said")', () => {
    assert.equal(one('Larry Summers spoke first. Summers said rates would rise.', 'said').kind, 'named');
    assert.equal(one('Analysts at Jefferies were split. Jefferies said the sale was likely.', 'said').kind, 'named');
  });

  it('reads party MPs written with capitals as a group ("Tory MPs", "Labour MEPs")', () => {
    assert.equal(one('Tory MPs said the vote had been rushed.', 'said').kind, 'anonymous');
    assert.equal(one('Labour MEPs warned that the deal would fail.', 'warned').kind, 'anonymous');
  });
});

describe('English: a role of a named body, then the name ("the head of the IMF, Kristalina Georgieva,")', () => {
  it('names the person after "The <role> of <Body>, <Name>, said"', () => {
    const a = one('The director of the Royal Harbour Trust, Elin Marsh, said the pier would reopen.', 'said');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Elin Marsh');
    assert.equal(a.content, 'the pier would reopen');
  });

  it('keeps lower-case particles inside the name ("Ursula von der Leyen")', () => {
    assert.equal(one('The president of the Harbour Commission, Anna von der Heide, said fees would rise.', 'said').speaker, 'Anna von der Heide');
  });

  it('names the person after an inverted verb ("…, said the chief executive of Greenfield Motors, Tom Hale.")', () => {
    const a = one('Orders have halved, said the chief executive of Greenfield Motors, Tom Hale.', 'said');
    assert.equal(a.speaker, 'Tom Hale');
    assert.equal(a.content, 'Orders have halved');
  });

  it('lets "the <role>" point back to a name the role was given before ("The city\'s police chief, Dana Whitlock,")', () => {
    const a = one("The city's new police chief, Dana Whitlock, toured the docks. The chief told reporters she wanted more patrols.", 'told');
    assert.equal(a.speaker, 'Dana Whitlock');
    assert.equal(one("The council's treasurer, Rob Ince, resigned. The treasurer said the books were sound.", 'said').speaker, 'Rob Ince');
  });
});

describe('English: unnamed subjects described by a phrase before the verb', () => {
  it('reads "Officials speaking on condition of anonymity said" without commas', () => {
    const a = one('Officials speaking on condition of anonymity said the convoy had turned back.', 'said');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.content, 'the convoy had turned back');
    assert.equal(a.speaker, 'Officials');
  });

  it('reads "speaking privately" and "speaking anonymously" the same way', () => {
    assert.equal(one('A banker speaking privately said the loan was in trouble.', 'said').speaker, 'A banker');
    assert.equal(one('Staff speaking anonymously say the ward is understaffed.', 'say').kind, 'anonymous');
  });

  it('names an unnamed source without the clause about its anonymity', () => {
    assert.equal(one('An engineer, who requested anonymity to discuss the audit, said the welds were faulty.', 'said').speaker, 'An engineer');
    assert.equal(one('The welds were faulty, said a technician who was not authorized to speak publicly.', 'said').speaker, 'a technician');
  });

  it('keeps a restrictive clause that says who the people are ("people who know him")', () => {
    assert.equal(one('Several people who know him said he had become withdrawn.', 'said').speaker, 'Several people who know him');
  });

  it('reads "Those briefed on …", "those interviewed", "people involved in …" as unnamed sources', () => {
    assert.equal(one('Those briefed on the audit said it would take a year.', 'said').kind, 'anonymous');
    assert.equal(one('Those interviewed said the bus had never come.', 'said').kind, 'anonymous');
    assert.equal(one('People involved in the talks say the deal is close.', 'say').content, 'the deal is close');
  });

  it('reads "Some in the party fear …" (a group with its own prepositional phrase) with a noun-like verb', () => {
    const a = one('Some in the union fear the plant will close.', 'fear');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.content, 'the plant will close');
    assert.equal(one('Many at the school worry that the roof will leak.', 'worry').kind, 'anonymous');
    assert.deepEqual(attributions('The party fear was palpable.'), []);
  });

  it('keeps a quantity before the people ("A number of residents", "A handful of", "At least one")', () => {
    assert.equal(one('A number of tenants said the lifts had failed.', 'said').speaker, 'A number of tenants');
    assert.equal(one('A handful of officials said the count was wrong.', 'said').speaker, 'A handful of officials');
    assert.equal(one('At least one juror said the evidence was thin.', 'said').speaker, 'At least one juror');
  });
});

describe('English: a participle after a relative clause on an object', () => {
  it('gives ", saying …" to the sentence subject, not to "an X who said"', () => {
    const text = 'Mayor Ann Ross refused to pay a builder who said he was owed $9,000, saying the work was unfinished.';
    assert.equal(one(text, 'said').kind, 'anonymous');
    const a = one(text, 'saying');
    assert.equal(a.speaker, 'Ann Ross');
    assert.equal(a.content, 'the work was unfinished');
  });
});

describe('English: reasons for anonymity given in other words', () => {
  it('keeps "who wanted to remain anonymous" and "asked that her surname not be published" as the reason', () => {
    assert.equal(one('A nurse, who wanted to remain anonymous, said the ward was full.', 'said').reason, 'who wanted to remain anonymous');
    assert.match(one('"It was chaos," said a porter who asked that his name not be used.', 'said').reason ?? '', /^who asked that his name not be used/);
  });

  it('keeps "speaking privately" as the reason', () => {
    assert.equal(one('A banker speaking privately said the loan was in trouble.', 'said').reason, 'speaking privately');
  });
});

describe('English: an office, an epithet and reports nobody owns', () => {
  it('gives "<Name>\'s office said" to the person who holds the office', () => {
    assert.equal(one("Governor Lena Brandt's office said she would sign the bill.", 'said').speaker, 'Lena Brandt');
    assert.equal(one("Tom Hale resigned on Friday. Hale's office said he would not comment.", 'said').speaker, 'Tom Hale');
  });

  it('gives "the mayor\'s office" to the mayor named before', () => {
    assert.equal(one("Mayor Tom Hale spoke first. The mayor's office later said the parade was off.", 'said').speaker, 'Tom Hale');
  });

  it('reads "The Ohio Democrat said" as the politician named before', () => {
    const a = one('Senator Ruth Caldwell filed the bill in March. The Ohio Democrat said it would protect renters.', 'said');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Ruth Caldwell');
  });

  it('keeps the epithet itself when nobody was named before', () => {
    assert.equal(one('The Texas Republican said the bill was reckless.', 'said').speaker, 'Texas Republican');
  });

  it('reads "There are reports that/of …" as an unattributed report of what follows', () => {
    const a = one('There are reports that the rebels have taken the airport.', 'There are reports');
    assert.equal(a.kind, 'unattributed');
    assert.equal(a.content, 'the rebels have taken the airport');
    assert.equal(one('There were unconfirmed reports of gunfire near the port.', 'There were unconfirmed reports').content, 'gunfire near the port');
  });
});

describe('English: verdicts and clause verbs writers use besides "said"', () => {
  it('reads a verdict with quoted words or "as" ("branded the plan “reckless”", "hailed the deal as …")', () => {
    assert.equal(one('Ross branded the proposal “reckless”.', 'branded').content, 'the proposal “reckless”');
    assert.equal(one('The union dubbed the offer "an insult".', 'dubbed').kind, 'anonymous');
    assert.equal(one('Ross hailed the ceasefire as a breakthrough.', 'hailed').speaker, 'Ross');
    assert.equal(one('Hale slammed the ruling as "cowardly".', 'slammed').content, 'the ruling as "cowardly"');
  });

  it('reports nothing for the same verbs without a verdict ("hailed a taxi", "slammed the door")', () => {
    assert.deepEqual(attributions('The team hailed a taxi. Hale slammed the door.'), []);
  });

  it('reads clause verbs: demanded that, conceded, recognised that, underlined that, swore that, retorted', () => {
    assert.equal(one('The union demanded that the managers resign.', 'demanded').content, 'the managers resign');
    assert.equal(one('Ross recognised that mistakes had been made.', 'recognised').content, 'mistakes had been made');
    assert.equal(one('Ross underlined that the plant was safe.', 'underlined').content, 'the plant was safe');
    assert.equal(one('Ross swore that she had never met him.', 'swore').content, 'she had never met him');
    assert.equal(one('"That is simply false," Ross retorted.', 'retorted').content, 'That is simply false');
    assert.equal(one('Economists forecast that growth will slow.', 'forecast').content, 'growth will slow');
  });

  it('reads no claim in a demand or proposal of a thing ("demanded higher pay", "proposed enforcing a zone")', () => {
    assert.deepEqual(attributions('The union demanded higher pay. Ross proposed enforcing a curfew. He swore loudly. She felt sick.'), []);
  });
});

describe('English: a quoted word inside a subject\'s relative clause', () => {
  it('keeps the main verb of "Hale, who called the plan “madness”, said …"', () => {
    const a = one('Hale, who called the plan “madness”, said he would vote against it.', 'said');
    assert.equal(a.speaker, 'Hale');
    assert.equal(a.content, 'he would vote against it');
  });
});

describe('English: an outlet\'s own journalism', () => {
  it('gives "a Times article reported" to the outlet', () => {
    const a = one('A Guardian investigation found that the firm had lied.', 'found');
    assert.equal(a.grade, 'media');
    assert.equal(a.speaker, 'The Guardian');
    assert.match(one('The New York Times covered the trial. A Times article reported that the jury was split.', 'reported').speaker ?? '', /Times$/);
  });
});

describe('English: where the writer\'s words end the claim', () => {
  it('ends the claim before ", a move that …" (the writer\'s comment)', () => {
    assert.equal(one('Ross said on Tuesday that the ferry would stop, a move that angered commuters.', 'said').content, 'the ferry would stop');
    assert.equal(one('The ferry will stop, Ross said, a decision which drew protests.', 'said').content, 'The ferry will stop');
    assert.equal(one('Ross said it was a move that nobody wanted.', 'said').content, 'it was a move that nobody wanted');
  });

  it('ends the claim before ", citing …" (the reason the writer gives)', () => {
    assert.equal(one('Ross said the ferry would stop, citing safety concerns.', 'said').content, 'the ferry would stop');
  });

  it('skips a participle describing the statement before "that" ("in a statement released by her office that …")', () => {
    assert.equal(one('Ross said in a statement released by her office that the ferry would stop.', 'said').content, 'the ferry would stop');
  });
});

describe('English: "the <noun>" pointing back to the person it described', () => {
  it('reads "the fisherman" as the person introduced as "fisherman Daniel Price"', () => {
    const a = one('The protest was led by fisherman Daniel Price. The fisherman said the ferry was a lifeline.', 'said');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Daniel Price');
  });

  it('reads "the nurse" as the person described as "a nurse" in an appositive', () => {
    assert.equal(one('Ana Ruiz, a nurse, joined the strike. The nurse said wards were unsafe.', 'said').speaker, 'Ana Ruiz');
  });

  it('keeps "the official" as the unnamed official quoted before', () => {
    const t = 'A union official said jobs were at risk. The official added that talks would resume.';
    assert.equal(one(t, 'added').kind, 'anonymous');
  });

  it('gives "the district attorney\'s office" to the district attorney, not to a lawyer named as someone\'s attorney', () => {
    const t = 'District Attorney Lorna Vance announced the charges. Pike\'s attorney, Sam Reyes, said his client was innocent. '
      + 'They face ten years in prison, according to the district attorney\'s office.';
    assert.equal(one(t, 'according to').speaker, 'Lorna Vance');
  });
});

describe('English: "warned" with and without an addressee; an indefinite MP', () => {
  it('keeps the subject of the claim after "warned" when no "that" follows ("warned the freeze would cost …")', () => {
    assert.equal(one('The institute warned the freeze would cost £3 billion a year.', 'warned').content, 'the freeze would cost £3 billion a year');
    assert.equal(one('Ross warned them the dam could fail.', 'warned').content, 'the dam could fail');
    assert.equal(one('Ross warned investors that the market could fall.', 'warned').content, 'the market could fall');
  });

  it('still skips the addressee of "assured"', () => {
    assert.equal(one('Ross assured voters the plan was safe.', 'assured').content, 'the plan was safe');
  });

  it('reads "One senior Conservative MP told …" as unnamed, "Plymouth MP says" as one person', () => {
    assert.equal(one('One senior Conservative MP told the Herald the tax was doomed.', 'told').kind, 'anonymous');
    assert.equal(one('A Labour MP said the vote was rigged.', 'said').kind, 'anonymous');
    assert.equal(one('Plymouth MP says the port will reopen.', 'says').kind, 'named');
  });
});

describe('English: documents and data capitalised by the sentence start', () => {
  it('names the issuer of "Data from the Office for National Statistics shows …"', () => {
    const a = one('Data from the Office for National Statistics shows that rents rose.', 'shows');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Office for National Statistics');
  });

  it('names the issuer after a date ("Figures released on Thursday by the Home Office show …")', () => {
    const a = one('Figures released on Thursday by the Home Office show that arrivals rose.', 'show');
    assert.equal(a.speaker, 'Home Office');
    assert.equal(a.content, 'arrivals rose');
  });

  it('names an unnamed document without the clause about its release ("The report, released Tuesday,")', () => {
    // (One particular paper is named by what it is: see en-body-kinds.)
    assert.equal(one('The report, released Tuesday, found that emissions had risen.', 'found').speaker, 'report');
  });

  it('skips a setting set off by commas before "that" ("in a post on X, formerly known as Twitter, that …")', () => {
    assert.equal(one('Ross said in a post on X, formerly known as Twitter, that the ferry would stop.', 'said').content, 'the ferry would stop');
  });
});

describe('English: a person described before the name ("her neighbour, retired teacher Alan Hughes")', () => {
  it('names the person after lower-case describing words in the appositive', () => {
    const a = one('Her neighbour, retired teacher Alan Hughes, said the river had never risen so fast.', 'said');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Alan Hughes');
  });

  it('reads the inverted form, and "said her lawyer" as a possessive', () => {
    assert.equal(one('"It came up so fast," said her neighbour, retired teacher Alan Hughes.', 'said').speaker, 'Alan Hughes');
    assert.equal(one('"It came up so fast," said her neighbour, Alan Hughes.', 'said').speaker, 'Alan Hughes');
    assert.equal(one('"We will appeal," said her lawyer.', 'said').kind, 'anonymous');
  });

  it('drops a trade or office word before the name from the speaker ("Farmer Gwen Pryce", "Local MP Sarah Jenkins")', () => {
    assert.equal(one('Farmer Gwen Pryce said the water came at night.', 'said').speaker, 'Gwen Pryce');
    assert.equal(one('Local MP Sarah Jenkins said residents deserved answers.', 'said').speaker, 'Sarah Jenkins');
  });
});

describe('English: a headline that describes the person it quotes', () => {
  it('gives "Flood-hit farmer: “…”" to the farmer the story names', () => {
    const t = 'Flood-hit farmer: “We have lost everything”\n\nRain flooded the valley overnight.\n\nFarmer Gwen Pryce watched the water rise. “It took the lot,” she said.';
    const a = one(t, ':');
    assert.equal(a.speaker, 'Gwen Pryce');
    assert.equal(a.content, 'We have lost everything');
    assert.equal(a.direct, true);
  });

  it('reports nothing when the story names nobody so described', () => {
    const t = 'Flood-hit farmer: “We have lost everything”\n\nRain flooded the valley overnight, the council said.';
    assert.equal(attributions(t).some((a) => a.cue === ':'), false);
  });
});

describe('English: more unnamed groups and counts', () => {
  it('reads "By one estimate, …" and "according to some accounts" as unattributed, with the clause as the claim', () => {
    const a = one('By one estimate, the repairs will cost $40 million.', 'By one estimate');
    assert.equal(a.kind, 'unattributed');
    assert.equal(a.content, 'the repairs will cost $40 million');
    assert.equal(one('The party has lost half its members, according to some accounts.', 'according to some accounts').content, 'The party has lost half its members');
  });

  it('reads no report in "shouted at officials" but keeps a shouted quote', () => {
    assert.equal(attributions('The minister shouted at officials.').length, 0);
    assert.equal(one('"Get out," the guard shouted.', 'shouted').content, 'Get out');
  });

  it('reads "Those with knowledge of …", "those in the room", "people present" as unnamed groups', () => {
    assert.equal(one('Those with knowledge of the audit say it is far from over.', 'say').kind, 'anonymous');
    assert.equal(one('Those in the room said the mood was tense.', 'said').kind, 'anonymous');
    assert.equal(one('Several people present said the minister left early.', 'said').speaker, 'Several people present');
  });

  it('reads "senior figures in the party" as people, "official figures" as data', () => {
    assert.equal(one('Senior figures in the party believe the leader will quit.', 'believe').kind, 'anonymous');
    assert.equal(one('Official figures show that inflation fell.', 'show').kind, 'anonymous');
  });
});

describe('English: "the former" and "the latter"', () => {
  it('point to the earlier and the later of the last two people named', () => {
    const t = 'Ann Ross and Tom Hale disagree on almost everything. The latter said the strike would go on; the former said it would end by Friday.';
    const all = attributions(t).filter((a) => a.cue === 'said');
    assert.deepEqual(all.map((a) => a.speaker), ['Tom Hale', 'Ann Ross']);
  });
});

describe('English: a unique office of a body ("Apple\'s chief executive", "Greenfield Motors\' chief executive")', () => {
  it('reads a chief executive of a named body as one named person', () => {
    assert.equal(one("Harbour Foods' chief executive said the recall was voluntary.", 'said').kind, 'named');
    assert.equal(one("Brightwater's chief executive said sales were strong.", 'said').kind, 'named');
  });

  it('reads a plural possessive before a role as a possessive, not a closing quote', () => {
    const a = one("The Dodgers' manager said the pitcher was hurt.", 'said');
    assert.equal(a.source, "The Dodgers' manager");
  });

  it('keeps executives as an unnamed group', () => {
    assert.equal(one('Industry executives say the rules are unworkable.', 'say').kind, 'anonymous');
  });
});

describe('English: headline "<Name> on <topic>: “…”" and a connective after "said"', () => {
  it('gives the quote to the person named before "on"/"to"', () => {
    const a = one('Ann Ross on the harbour: "It has to go"\n\nThe harbour will close, Ann Ross said.', ':');
    assert.equal(a.speaker, 'Ann Ross');
    assert.equal(a.content, 'It has to go');
    assert.equal(one('Mayor Ann Ross to residents: "Stay home"\n\nThe storm arrives tonight.', ':').speaker, 'Ann Ross');
  });

  it('reads no speaker in "Update on the bridge: “…”"', () => {
    assert.equal(attributions('Update on the bridge: "Closed until May"').some((a) => a.cue === ':'), false);
  });

  it('leaves ", however," out of the claim after "said"', () => {
    assert.equal(one('Ross said, however, that the ferry would stop.', 'said').content, 'the ferry would stop');
  });
});

describe('English: a stated position owned by its speaker ("Ross\'s view is that …")', () => {
  it('gives "<X>\'s view/argument/concern is that …" to X', () => {
    const a = one("Ross's view is that the ferry must stop.", "'s view is");
    assert.equal(a.speaker, 'Ross');
    assert.equal(a.content, 'the ferry must stop');
    assert.equal(one("The ministry's position was clear: the border stays shut.", "'s position was clear").content, 'the border stays shut');
  });

  it('reads nothing in "Ross\'s car is that red one"', () => {
    assert.deepEqual(attributions("Ross's car is that red one."), []);
  });
});

describe('English: a stance adjective without "that"', () => {
  it('reads "is convinced the …", "was adamant: …", "was certain the …"', () => {
    assert.equal(one('Ross is convinced the dam will hold.', 'is convinced').content, 'the dam will hold');
    assert.equal(one('Ross was adamant: the ferry would run.', 'was adamant').content, 'the ferry would run');
    assert.equal(one('Ross was certain the money had gone.', 'was certain').speaker, 'Ross');
  });

  it('reads nothing in "is sure of it"', () => {
    assert.deepEqual(attributions('Ross is sure of it.'), []);
  });
});

describe('English: intelligence judgements and doubts', () => {
  it('reads "assess that", "U.S. intelligence has concluded that", "questioned whether"', () => {
    assert.equal(one('Intelligence officials assess that the drone was launched from the coast.', 'assess').kind, 'anonymous');
    assert.equal(one('U.S. intelligence has concluded that the drone was launched from the coast.', 'concluded').kind, 'anonymous');
    assert.equal(one('Some officials have questioned whether the truce can hold.', 'questioned').content, 'whether the truce can hold');
  });

  it('reads nothing in "questioned the witness", "assess whether …", "assessed the damage"', () => {
    assert.deepEqual(attributions('The panel questioned the witness. Officers assess whether visitors pose a risk. They assessed the damage.'), []);
  });

  it('keeps a hyphenated adjective inside the subject ("One well-placed source said")', () => {
    assert.equal(one('One well-placed source said the deal was dead.', 'said').speaker, 'One well-placed source');
  });
});

describe('English: a document by a described issuer', () => {
  it('"an analysis by the nonpartisan Congressional Budget Office" speaks as the office', () => {
    const a = one('According to an analysis by the nonpartisan Congressional Budget Office, the cuts would reduce spending by $40 billion.', 'According to');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Congressional Budget Office');
    assert.equal(one('A report by the independent Institute for Fiscal Studies found that taxes would rise.', 'found').speaker, 'Institute for Fiscal Studies');
  });
});

describe('English: think tanks', () => {
  it('"the King\'s Fund think tank suggests": the cue is "suggests", the issuer the whole name; "think tank" is a body', () => {
    const a = one('But analysis by the King\'s Fund think tank suggests that funding per patient will fall.', 'suggests');
    assert.equal(a.speaker, 'King\'s Fund');
    assert.equal(a.content, 'funding per patient will fall');
    assert.ok(!attributions('The King\'s Fund think tank said funding would fall.').some((x) => x.cue === 'think'));
    assert.equal(one('The Resolution Foundation is a think tank. The think tank said taxes would rise.', 'said').speaker, 'Resolution Foundation');
    // (A place before "think tank" names no issuer.)
    assert.equal(one('Analysis by the London think tank suggests that funding will fall.', 'suggests').kind, 'anonymous');
  });
});

describe('English: "as noted by", a name after a description in an opening phrase, press services', () => {
  it('"As noted by the head of the Ecoforum NGO, Kalkaman Isabekov, …" is Isabekov, the claim after his name', () => {
    const a = one('As noted by the head of the Ecoforum NGO, Kalkaman Isabekov, Lake Balkhash is already under severe stress.', 'As noted by');
    assert.equal(a.speaker, 'Kalkaman Isabekov');
    assert.equal(a.content, 'Lake Balkhash is already under severe stress');
    assert.equal(one('According to the head of the IMF, Kristalina Georgieva, the economy will slow.', 'According to').speaker, 'Kristalina Georgieva');
    // (Many people before the comma keep their claim: the name after it is the claim's subject.)
    assert.equal(one('According to officials, Keir Starmer, the prime minister, will resign.', 'According to').content, 'Keir Starmer, the prime minister, will resign');
  });

  it('a press service speaks as its body ("the press service of the Ministry of Energy", "the Kremlin press service")', () => {
    assert.equal(one('Kazakhstan will build a plant, the press service of the Ministry of Energy reported.', 'reported').speaker, 'Ministry of Energy');
    assert.equal(one('The Kremlin press service said the talks were useful.', 'said').speaker, 'Kremlin');
  });
});

describe('English: bodies named like groups, outlets described, departments with joiners', () => {
  it('"But Friends of the Earth said" is the body; "Officials of the European Union said" at a sentence start stays unnamed', () => {
    assert.equal(one('But Friends of the Earth said ministers were wrong.', 'said').speaker, 'Friends of the Earth');
    assert.equal(one('Officials of the European Union said the deal was done.', 'said').kind, 'anonymous');
  });

  it('"analysis by the climate website Carbon Brief" is the outlet, and "the analysis shows" later is its analysis', () => {
    const t = 'Emissions fell by 3.6% last year, according to analysis by the climate website Carbon Brief.\n\nThe fall was driven by coal, the analysis shows.';
    assert.deepEqual(attributions(t).map((a) => [a.speaker, a.grade]), [['Carbon Brief', 'media'], ['Carbon Brief', 'media']]);
  });

  it('"A spokesperson for the Department for Energy Security and Net Zero" speaks for the whole department', () => {
    assert.equal(one('A spokesperson for the Department for Energy Security and Net Zero said the figures were right.', 'said').speaker, 'Department for Energy Security and Net Zero');
  });
});
