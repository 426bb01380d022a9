// What kind of name a source is when no lexicon knows it: the text around
// the name says it is a person ("…, who chairs …", "…, a labour economist"),
// an outlet ("the Northern Ledger", "the Nikkei newspaper").
import assert from 'node:assert/strict';
import { attributions, one } from './en-helpers.js';

describe('English: a name the text describes as a person', () => {
  it('"X, who chairs the …" is a person even with a first name no list knows', () => {
    const t = '“We have waited long enough,” said Oluwaseun Barrowclough, who chairs the Millbrook Tenants\' Association.';
    const a = one(t, 'said');
    assert.equal(a.grade, 'person');
    assert.equal(a.speaker, 'Oluwaseun Barrowclough');
  });

  it('"X, a labour economist at …" is a person', () => {
    const t = 'Wages will not keep up, said Anwen Trefusis, a labour economist at the University of Kelso.';
    assert.equal(one(t, 'said').grade, 'person');
  });

  it('a role noun in front ("harbour pilot Kjeld Mortensby") makes a person', () => {
    const t = 'Harbour pilot Kjeld Mortensby said the channel had silted up.';
    assert.equal(one(t, 'said').grade, 'person');
  });

  it('a name ending like a body stays a body, "who" or not', () => {
    const t = 'Fenwick Rovers, who were relegated in May, said the stadium would be sold.';
    assert.equal(one(t, 'said').grade, 'organization');
  });

  it('keeps a plural possessive inside a name ("the Dock Workers\' Union") whole', () => {
    const t = 'Night shifts will stop on Friday, the Dock Workers\' Union said.';
    const a = one(t, 'said');
    assert.equal(a.source, 'the Dock Workers\' Union');
    assert.equal(a.kind, 'named');
  });
});

describe('English: outlets no list knows', () => {
  it('a name ending like a newspaper ("the Northern Ledger") is an outlet', () => {
    const t = 'The Kestrel Valley Ledger reported that the mill would close.';
    const a = one(t, 'reported');
    assert.equal(a.grade, 'media');
    assert.equal(a.speaker, 'Kestrel Valley Ledger');
  });

  it('"the Nikkei newspaper", "the Xinhua news agency": the name before an outlet noun is the outlet', () => {
    const t = 'The mill will close, the Harbin newspaper reported. The Tanjug news agency said the talks had failed.';
    const rep = one(t, 'reported');
    assert.equal(rep.kind, 'named');
    assert.equal(rep.grade, 'media');
    assert.equal(rep.speaker, 'Harbin');
    const said = one(t, 'said');
    assert.equal(said.grade, 'media');
    assert.equal(said.speaker, 'Tanjug');
  });

  it('an outlet noun with no name before it stays unnamed', () => {
    const t = 'The mill will close, a regional newspaper reported.';
    assert.equal(one(t, 'reported').kind, 'anonymous');
  });
});

describe('English: a name before a body noun names the body', () => {
  it('"the Tanjug agency", "the Harrow group" are named bodies, not unnamed ones', () => {
    assert.equal(one('The Harrow group said it would bid.', 'said').kind, 'named');
    assert.equal(one('Prices will rise, the Tanjug agency reported.', 'reported').speaker, 'Tanjug');
  });

  it('"a Kremlin official" stays an unnamed person', () => {
    assert.equal(one('A Kremlin official said talks had stalled.', 'said').kind, 'anonymous');
  });

  it('a capitalised title before an unknown name makes a person ("Deputy Energy Minister Selin Arkan")', () => {
    assert.equal(one('Deputy Energy Minister Selin Arkan said prices would hold.', 'said').grade, 'person');
  });
});

describe('English: one-word names', () => {
  it('"said Penhale, 62, a retired teacher" is a person', () => {
    const a = one('“It was never this bad,” said Penhale, 62, a retired teacher.', 'said');
    assert.equal(a.grade, 'person');
  });

  it('"Arsenal, who …" alone does not make a one-word name a person', () => {
    const a = one('Tarrowby, who lost on Saturday, said the pitch was poor.', 'said');
    assert.notEqual(a.grade, 'person');
  });
});

describe('English: a description, then the body\'s name', () => {
  it('"The landlord, Harwick Estates, said …" is the named company', () => {
    const a = one('The landlord, Penrose Estates, said in a statement that rents reflected demand.', 'said');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Penrose Estates');
  });

  it('"the contractor, Kestrel Systems," is named too', () => {
    const a = one('The contractor, Alder Systems, said the fault had been fixed.', 'said');
    assert.equal(a.speaker, 'Alder Systems');
  });
});

describe('English: ", which said" after a passive', () => {
  const speakerOfWhich = (t: string) => attributions(t).find((a) => a.source === 'which')?.speaker;
  it('"handled by Ofcom, which said" is Ofcom', () => {
    assert.equal(speakerOfWhich('The complaint is being handled by Ofcom, which said it would decide within a month.'), 'Ofcom');
  });

  it('"referred to the … (ORR), which said" is the body, its acronym aside', () => {
    assert.equal(speakerOfWhich('The dispute has been referred to the Office of Rail Regulation (ORR), which said it had opened an inquiry.'), 'Office of Rail Regulation');
  });

  it('"the Independent Office for Police Conduct" keeps its first word', () => {
    assert.equal(speakerOfWhich('The death was referred to the Independent Office for Police Conduct, which said it had sent investigators.'), 'Independent Office for Police Conduct');
  });
});

describe('English: a participle opening a sentence is no name', () => {
  it('"Reached by phone, …" does not become the body "the department" means', () => {
    const t = 'The officer had stopped to help a driver, the department said.\n\nReached by phone, the driver\'s lawyer said nothing.';
    assert.equal(attributions(t).find((a) => a.source === 'the department')?.speaker, 'the department');
  });
});

describe('English: a quantity before "of" is no part of the name', () => {
  it('"Shares of Nordvik Semiconductor fell …" leaves the firm\'s name for "it said"', () => {
    const t = 'Shares of Nordvik Semiconductor fell 14% on Thursday. The company expects weaker sales, it said in a statement.';
    assert.equal(attributions(t).find((a) => a.source === 'it')?.speaker, 'Nordvik Semiconductor');
  });

  it('"Friends of the Earth" keeps its name', () => {
    assert.equal(attributions('Friends of the Earth said the plan would fail.')[0]?.speaker, 'Friends of the Earth');
  });
});

describe('English: a study\'s lead named with a particle', () => {
  it('"lead author Dr Ana del Pozo Cruz" is who "the authors found" means, whole', () => {
    const t = 'Brisk walkers saw the greatest benefit, the authors found. “Even modest increases helped,” said lead author Dr Ana del Pozo Cruz of the University of Kelso.';
    assert.equal(one(t, 'found').speaker, 'Ana del Pozo Cruz');
  });

  it('"the team wrote" is the lead the story names after, name first: "Dr Name, a biologist at … who led the study"', () => {
    const t = 'The team wrote that the reefs had regained half their cover. “This is good news,” said Dr Amelia Strand, a marine biologist at Kelby University who led the study.';
    assert.equal(one(t, 'wrote').speaker, 'Amelia Strand');
  });

  it('"Name, the study\'s lead author" is the lead too', () => {
    const t = 'The researchers said warming was the main threat. “We were surprised,” said Tom Varga, the study\'s lead author.';
    assert.equal(attributions(t).find((a) => a.source === 'The researchers')?.speaker, 'Tom Varga');
  });
});

describe('English: police ranks before a name', () => {
  it('"Detective Inspector Ruth Patel" is Ruth Patel', () => {
    assert.equal(one('Detective Inspector Ruth Patel of Kelby Police said the case was closed.', 'said').speaker, 'Ruth Patel');
  });

  it('"Sergeant Tom Hale" is Tom Hale', () => {
    assert.equal(one('Sergeant Tom Hale said two men had been held.', 'said').speaker, 'Tom Hale');
  });
});

describe('English: a body named by an adjective and a noun', () => {
  it('"National Grid says" is a body, and its spokesperson speaks for it', () => {
    const t = 'National Grid says about 150,000 homes are without power. A spokesperson said engineers were working to restore supplies.';
    assert.deepEqual(attributions(t).map((a) => [a.grade, a.speaker]), [['organization', 'National Grid'], ['organization', 'National Grid']]);
  });

  it('a person whose surname speaks stays a person', () => {
    const t = 'Tasos Georgelis runs the bakery. Georgelis said sales had halved.';
    assert.equal(one(t, 'said').grade, 'person');
  });
});

describe('English: from the saved pages — names and things taken for bodies', () => {
  it('"Research by Xin Xu, a materials scientist, estimated" is the scientist', () => {
    assert.deepEqual([one('Research by Lin Qiao, a materials scientist who trained at MIT, recently estimated that whiter roofs cool cities.', 'estimated').grade], ['person']);
  });

  it('"Sacha Deshmukh, Amnesty International UK’s chief executive, said" is a person', () => {
    assert.equal(one('Ravi Okonta, Kelso Relief UK’s chief executive, said the attacks were racist.', 'said').grade, 'person');
  });

  it('"Models predict …", "Photos showed …" are things nobody names, not bodies', () => {
    const all = attributions('Models predict that the Arctic could be ice-free by 2035.\n\nPhotos showed charred books on the floor.');
    assert.deepEqual(all.map((a) => [a.kind, a.speaker]), [['anonymous', 'Models'], ['anonymous', 'Photos']]);
  });

  it('a one-word body opening a sentence is still a body', () => {
    assert.equal(one('Roscosmos said the craft was operating normally.', 'said').grade, 'organization');
  });
});

describe('English: from the saved pages — no source where the writer speaks', () => {
  it('"Few would argue against …" reports nothing', () => {
    assert.deepEqual(attributions('Few would argue against the use of such data to catch criminals.'), []);
  });

  it('"as that tweeter in Sydney suggested" is not a person called Sydney', () => {
    assert.ok(!attributions('Or maybe, as that tweeter in Sydney suggested, they are just rude.').some((a) => a.speaker === 'Sydney'));
  });

  it('"whenever the data suggests" is the data, not the words before "whenever"', () => {
    const a = attributions('Its pricing imposes costs on customers, extracting greater amounts whenever the data suggests customers will pay.')[0];
    assert.equal(a?.source, 'the data');
  });

  it('"The Russian space agency would not describe the fault, saying …" is the agency, not "Russian"', () => {
    assert.equal(one('The Russian space agency would not immediately describe the malfunction, saying its experts were looking into it.', 'saying').source, 'The Russian space agency');
  });
});

describe('English: "on" inside a body\'s name', () => {
  it('"a report released by Stanford University\'s Center on Poverty and Inequality" names the whole centre', () => {
    assert.equal(one('A new report released on Monday by Kelso University\'s Center on Poverty and Inequality calls that into question.', 'calls').speaker, "Kelso University's Center on Poverty and Inequality");
  });
});

describe('English: abbreviated British police ranks', () => {
  it('"Det Ch Insp Mark Bellamy", "Ch Supt Ann Roe", "DCI Jane Hale" are the people, without their ranks', () => {
    const t = 'Det Ch Insp Mark Bellamy said the family had been told. Ch Supt Ann Roe said patrols would increase. DCI Jane Hale said arrests were likely.';
    assert.deepEqual(attributions(t).map((a) => a.speaker), ['Mark Bellamy', 'Ann Roe', 'Jane Hale']);
  });
});
