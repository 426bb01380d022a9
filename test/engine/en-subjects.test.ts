// Where a subject with appositives starts: after a leading phrase ("Standing
// beside her, …"), after the claim of a trailing cue ("<claim>, the union,
// which …, said"), never inside a clock time ("the 6:45 a.m. bus").
import assert from 'node:assert/strict';
import { attributions, one } from './en-helpers.js';

describe('English: subjects after a leading phrase or clause', () => {
  it('a participle phrase before "the X director, Dr. Name," is not the subject', () => {
    const t = 'Speaking after the vote, the county\'s chief planner, Dr. Imelda Sowerby, said the road would be widened.';
    const a = one(t, 'said');
    assert.equal(a.source, 'the county\'s chief planner, Dr. Imelda Sowerby');
    assert.equal(a.speaker, 'Imelda Sowerby');
    assert.equal(a.content, 'the road would be widened');
  });

  it('a prepositional phrase before "the company, which …," is not the subject', () => {
    const t = 'In a filing on Monday, the Grindle Valve Company, which employs 300 people, said it would close the plant.';
    const a = one(t, 'said');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Grindle Valve Company');
  });

  it('"<claim>, the union, which represents …, said on Friday": the union said the claim', () => {
    const t = 'Drivers at the depot will walk out for a third day after pay talks collapsed on Thursday, the Transit Drivers\' Union, which represents about 900 staff, said on Friday.';
    const a = one(t, 'said');
    assert.equal(a.speaker, 'Transit Drivers\' Union');
    assert.ok(a.content.startsWith('Drivers at the depot will walk out'), a.content);
  });

  it('a long list of names at the sentence start is still the subject', () => {
    const t = 'Mayors Ada Quist of Lowick and Ben Orme of Tarrow, both up for reelection, said they backed the plan.';
    assert.equal(one(t, 'said').kind, 'named');
  });

  it('"But Name, a …, said" keeps the name as subject', () => {
    const t = 'But Hollis Vane, a lecturer at the Kelso School of Law, said the ruling was narrow.';
    assert.equal(one(t, 'said').speaker, 'Hollis Vane');
  });
});

describe('English: a body described by a "that" clause', () => {
  it('"<claim>, the company that operates it said": the body is the source, not "it"', () => {
    const t = 'The ferry will not sail until Friday, the Welsh company that operates it said.';
    const a = one(t, 'said');
    assert.equal(a.source, 'the Welsh company');
    assert.equal(a.content, 'The ferry will not sail until Friday');
  });

  it('"The firm that owns the quarry said …" at the start, speaking for the body named before', () => {
    const t = 'Pellmont Aggregates bought the land in 2019. The firm that owns the quarry said blasting would stop at six.';
    const a = attributions(t).find((x) => x.source === 'The firm');
    assert.ok(a, JSON.stringify(attributions(t)));
    assert.equal(a.speaker, 'Pellmont Aggregates');
  });

  it('leaves a clause with its own subject alone ("reports that officials said")', () => {
    const t = 'The mayor dismissed reports that officials said the bridge would close.';
    assert.ok(!attributions(t).some((a) => /reports/.test(a.source ?? '')), JSON.stringify(attributions(t)));
  });
});

describe('English: appositives of origin and of a client', () => {
  it('"Name, 61, of Town, said": the age and the home town describe the speaker', () => {
    const t = 'Marta Iliescu, 47, of Drumcree, said the water had reached her stairs.';
    const a = one(t, 'said');
    assert.equal(a.speaker, 'Marta Iliescu');
    assert.equal(a.content, 'the water had reached her stairs');
  });

  it('"a lawyer for Client, Name, said": the name after a role held for a named client', () => {
    const t = 'In a letter, a lawyer for Brannock-Lee, Tadhg Morrow, said the payments were lawful.';
    assert.equal(one(t, 'said').speaker, 'Tadhg Morrow');
  });
});

describe('English: words that do not end a subject', () => {
  it('a clock time inside an appositive ("the 6:45 a.m. bus") does not cut the subject', () => {
    const t = 'Odile Marchetti, a cleaner who has taken the 6:45 a.m. bus for years, says it is always late.';
    const a = one(t, 'says');
    assert.equal(a.speaker, 'Odile Marchetti');
    assert.equal(a.content, 'it is always late');
  });

  it('"believes", "thinks" after an appositive are verbs whatever word follows', () => {
    const t = 'Ravi Oduya, chief economist at the lender Brakeley Trust, believes landlords will raise rents.';
    const a = one(t, 'believes');
    assert.equal(a.speaker, 'Ravi Oduya');
    assert.equal(a.content, 'landlords will raise rents');
  });

  it('a plural noun that can be a verb still needs a clause ("his hopes for")', () => {
    assert.deepEqual(attributions('The coach spoke of his hopes for the season.'), []);
  });
});

describe('English: common nouns that start a sentence', () => {
  it('"Analysts polled by Reuters expect …": the analysts, not the outlet that polled them', () => {
    const a = one('Economists polled by the Kelso Courier expect rates to fall.', 'expect');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.source, 'Economists polled by the Kelso Courier');
  });

  it('"Research conducted by the X Institute found …" names the institute as issuer', () => {
    const a = one('Research conducted by the Harwick Institute found that rents had doubled.', 'found');
    assert.equal(a.kind, 'named');
  });

  it('"Environmental groups have criticised X, saying …": the groups, not "Environmental"', () => {
    const a = one('Environmental groups have criticised the dam, saying it would flood the valley.', 'saying');
    assert.equal(a.source, 'Environmental groups');
    assert.equal(a.kind, 'anonymous');
  });

  it('"In a video posted on Telegram, …": the video is the object of "In", not who posted', () => {
    assert.deepEqual(attributions('In a video posted on Telegram, the militia claimed the town.').filter((a) => a.cue === 'posted'), []);
  });

  it('"Only 18% of respondents said …" keeps its subject', () => {
    assert.equal(one('Only 12% of respondents said they trusted the council.', 'said').kind, 'anonymous');
  });

  it('"Name, who denies the charges, is due in court": the relative clause\'s claim ends with it', () => {
    // (A plea — "who denies the charges" — is no claim: see en-participles.test.ts.)
    const a = one('Ferreira, who denies any wrongdoing, is due in court on Friday.', 'denies');
    assert.equal(a.content, 'any wrongdoing');
  });
});

describe('English: bodies and kin in subjects', () => {
  it('"The health ministry in Gaza says …": the ministry, not the place', () => {
    const a = one('The health ministry in Tarrow says more than 40 people have been treated.', 'says');
    assert.equal(a.source, 'The health ministry in Tarrow');
  });

  it('"Her mother, Grace, told …": one name after a kin noun is the speaker', () => {
    const a = one('Her mother, Grace, told reporters the girl had been happy.', 'told');
    assert.equal(a.speaker, 'Grace');
    assert.equal(a.grade, 'person');
  });
});

describe('English: a time phrase between the subject and its verb', () => {
  it('"two weeks ago", "a day earlier", "less than a month ago" stand between a subject and "said"', () => {
    assert.equal(one('The Harbour Authority two weeks ago said the pier would close.', 'said').speaker, 'Harbour Authority');
    assert.equal(one('Brenlow Foods a day earlier said it would cut 200 jobs.', 'said').source, 'Brenlow Foods');
    assert.equal(one('The Treasury less than a month ago said the deficit would shrink.', 'said').content, 'the deficit would shrink');
  });

  it('"this week", "earlier this month", "late on Monday", "on March 3" stand there too', () => {
    assert.equal(one('Gorvale Rail this week announced it would scrap the night trains.', 'announced').source, 'Gorvale Rail');
    assert.equal(one('Gorvale Rail just this month announced it would scrap the night trains.', 'announced').source, 'Gorvale Rail');
    assert.equal(one('Mayor Tilda Ruane late on Monday said the levy would stay.', 'said').speaker, 'Tilda Ruane');
    assert.equal(one('Gorvale Rail on March 3 announced it would scrap the night trains.', 'announced').speaker, 'Gorvale Rail');
  });

  it('a weekday after "on" is no part of a surname: "Ruane on Monday said" is Ruane', () => {
    assert.equal(one('Ruane on Monday said the levy would stay.', 'said').speaker, 'Ruane');
  });

  it('"said for the first time that", "warned for years that", "said two days ago that": the claim starts after "that"', () => {
    assert.equal(one('The agency said for the first time that the dam had cracked.', 'said').content, 'the dam had cracked');
    assert.equal(one('Engineers warned for years that the dam would crack.', 'warned').content, 'the dam would crack');
    assert.equal(one('The agency said two days ago that the dam had cracked.', 'said').content, 'the dam had cracked');
  });

  it('a noun with a relative "that" after "for" is still the claim ("argued for a rule that …")', () => {
    const a = attributions('The union argued for a rule that would cap shifts at ten hours.');
    assert.ok(a.every((x) => x.content !== 'would cap shifts at ten hours'));
  });
});

describe('English: a plural possessive is no closing quotation mark', () => {
  it('"which represents teachers’ interests," inside a subject’s relative clause', () => {
    const a = one('The Ferrow Teachers Guild, which represents teachers’ interests, said the strike would go on.', 'said');
    assert.equal(a.speaker, 'Ferrow Teachers Guild');
    assert.equal(a.content, 'the strike would go on');
  });

  it('"Ann Voss, the parents’ lawyer, said …" and a straight apostrophe too', () => {
    assert.equal(one('Ann Voss, the parents’ lawyer, said the school had failed.', 'said').speaker, 'Ann Voss');
    assert.equal(one("Ann Voss, the parents' lawyer, said the school had failed.", 'said').speaker, 'Ann Voss');
  });

  it('"Americans’ support": a capitalised plural possessive before a common noun', () => {
    const a = one('The Brandt Daybreak poll, which tracks Americans’ support for the candidates, showed that Voss is leading Hale.', 'showed');
    assert.equal(a.content, 'Voss is leading Hale');
  });

  it('a single quotation closed after a word in -s still closes it', () => {
    const t = 'Hale called the plan ‘a waste of the workers’ and walked out, the union said.';
    assert.equal(one(t, 'said').content, 'Hale called the plan ‘a waste of the workers’ and walked out');
  });
});

describe('English: subjects past a connective, an auxiliary or a time phrase', () => {
  it('"On Wednesday, however, the bureau’s director, Ann Voss, said …": Voss', () => {
    const a = one('On Wednesday, however, the bureau’s director, Ann Voss, said that the files were private.', 'said');
    assert.equal(a.speaker, 'Ann Voss');
  });

  it('"Customs officials were angered by the deal and predicted …": the clause’s subject predicts', () => {
    const a = one('Customs officials were angered by the deal and predicted it would hurt other cases.', 'predicted');
    assert.equal(a.source, 'Customs officials');
  });

  it('"The Bureau of Hydrology on Sunday issued a warning, predicting …": the bureau predicts', () => {
    const a = one('The Bureau of Hydrology on Sunday issued a flood warning for the valley, predicting a crest of nine metres.', 'predicting');
    assert.equal(a.speaker, 'Bureau of Hydrology');
  });

  it('"the state opposition" is no bureau named before', () => {
    const t = 'The Bureau of Hydrology said the river would crest on Tuesday. The state opposition said the levees had been neglected.';
    assert.equal(attributions(t).find((x) => x.source === 'The state opposition')?.speaker, 'state opposition');
  });
});

describe('English: a place with its state after "of" inside the subject', () => {
  it('"Brenmoor Plastics of Grand Rapids, Michigan, disputed that account" answers the claim before', () => {
    const t = 'Kelso Home said it had traced the fault to an outside supplier. The supplier, Brenmoor Plastics of Grand Rapids, Michigan, disputed that account.';
    const a = one(t, 'disputed');
    assert.match(a.speaker ?? '', /^Brenmoor Plastics\b/);
    assert.equal(a.content, 'it had traced the fault to an outside supplier');
  });

  it('"Ann Hale, a nurse in Dayton, Ohio, said": the state closes the appositive’s place too', () => {
    assert.equal(one('Ann Hale, a nurse in Dayton, Ohio, said the fryer melted.', 'said').speaker, 'Ann Hale');
  });
});

describe('English: a name and a description as one subject', () => {
  it('"Name and her lawyers said": the named person speaks', () => {
    const t = 'Ines Varga and her lawyers said the charges were invented.';
    const a = one(t, 'said');
    assert.equal(a.source, 'Ines Varga and her lawyers');
    assert.equal(a.speaker, 'Ines Varga');
    assert.equal(a.kind, 'named');
  });
});

describe('English: a document described by a participle', () => {
  it('"The lawsuit, brought by four former inmates, alleges …": an irregular participle in an appositive', () => {
    const a = one('The lawsuit, brought by four former inmates, alleges that guards ignored the complaints.', 'alleges');
    assert.equal(a.source, 'The lawsuit, brought by four former inmates');
    assert.equal(a.content, 'guards ignored the complaints');
  });

  it('"A lawsuit filed Tuesday accuses …": the weekday belongs to the participle, not to the source', () => {
    const a = one('A lawsuit filed Tuesday accuses the county of negligence.', 'accuses');
    assert.equal(a.source, 'A lawsuit');
  });

  it('"Figures released Thursday show …" is found', () => {
    assert.equal(one('Figures released Thursday show arrests fell.', 'show').content, 'arrests fell');
  });
});

describe('English: long subjects', () => {
  it('a described person running past fourteen words is still the subject', () => {
    const t = 'The lawyer for the family of a 34-year-old woman struck by a Dunmore County sheriff\'s deputy last month said on Friday that the deputy had been speeding.';
    const a = one(t, 'said');
    assert.equal(a.source, 'The lawyer for the family of a 34-year-old woman struck by a Dunmore County sheriff\'s deputy');
    assert.equal(a.content, 'the deputy had been speeding');
  });

  it('a long stretch after the object of another verb is not walked into', () => {
    const t = 'Police arrested the driver of a van carrying more than forty crates of stolen wine from a Dunmore County warehouse owner who said he had been robbed.';
    assert.ok(!attributions(t).some((a) => a.source?.startsWith('the driver')), JSON.stringify(attributions(t)));
  });
});

describe('English: two sources, each with its appositive', () => {
  it('"Name, 34, and Name, 41, said": both speak', () => {
    const a = one('Marta Ilves, 34, and Tom Okoro, 41, said the bridge had been closed without warning.', 'said');
    assert.equal(a.source, 'Marta Ilves, 34, and Tom Okoro, 41');
    assert.equal(a.speaker, 'Marta Ilves and Tom Okoro');
  });

  it('"The mayor, Name, and the police chief, Name, said": both named holders speak', () => {
    const a = one('The mayor, Joan Pirrie, and the police chief, Dan Yeats, said the curfew would end on Friday.', 'said');
    assert.equal(a.speaker, 'Joan Pirrie and Dan Yeats');
    assert.equal(a.content, 'the curfew would end on Friday');
  });

  it('a named object before ", and" is no first source: "He met Name, the treasurer, and the auditor said"', () => {
    const a = one('He met Ann Roe, the treasurer, and the auditor said the books were clean.', 'said');
    assert.equal(a.source, 'the auditor');
  });
});

describe('English: a relative clause inside the subject', () => {
  it('"Lawyers for the clinics that brought the lawsuit called …": the lawyers, not the clause', () => {
    const a = one('Lawyers for the clinics that brought the lawsuit called the decision a victory for patients.', 'called');
    assert.equal(a.source, 'Lawyers for the clinics');
  });
});

describe('English: a number compared inside the subject', () => {
  it('"…, a study of more than 100,000 adults suggests." is found', () => {
    const a = one('People who eat ultra-processed food are more likely to die early, a study of more than 100,000 adults suggests.', 'suggests');
    assert.equal(a.source, 'a study of more than 100,000 adults');
  });

  it('"The lawyer for the owners of fewer than 50 vans said": the whole subject', () => {
    assert.equal(one('The lawyer for the owners of fewer than 50 vans said the fines were unlawful.', 'said').source, 'The lawyer for the owners of fewer than 50 vans');
  });
});

describe('English: a description, then a name and where the person is from', () => {
  it('"One passenger, Gemma Rowe from Leeds, said" is Gemma Rowe', () => {
    const a = one('One passenger, Gemma Rowe from Leeds, said she was still owed 640 pounds.', 'said');
    assert.equal(a.speaker, 'Gemma Rowe');
    assert.equal(a.content, 'she was still owed 640 pounds');
  });
});
