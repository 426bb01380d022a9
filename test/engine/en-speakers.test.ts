// English speaker resolution and grades: pronouns, surnames, titles, bodies
// that speak for a person, outlets and documents, citation chains.
import assert from 'node:assert/strict';
import { analyze, summary } from '../../src/engine/index.js';
import { attributions, one } from './en-helpers.js';

describe('English: who the speaker is', () => {
  it('resolves a surname to the full name introduced earlier', () => {
    const t = 'Helen Marsh runs the clinic. Marsh said the waiting list was growing.';
    assert.equal(one(t, 'said').speaker, 'Helen Marsh');
  });

  it('resolves "Mr." + surname and keeps Mr. out of the name', () => {
    const t = 'The plan was drafted by Daniel Okafor. Mr. Okafor said it would cost less.';
    assert.equal(one(t, 'said').speaker, 'Daniel Okafor');
  });

  it('uses the title’s gender to tell two people of one surname apart', () => {
    const t = 'Susan Reed and her husband, Mark Reed, own the farm. Mr. Reed said the harvest was poor.';
    assert.equal(one(t, 'said').speaker, 'Mark Reed');
  });

  it('drops describing words in front of a name', () => {
    const t = 'Republican nominee Walter Grant spoke in Ohio. Grant said taxes would fall.';
    assert.equal(one(t, 'said').speaker, 'Walter Grant');
  });

  it('resolves "he" to the last male speaker', () => {
    const t = 'James Cole said the report was late. He said the delay was not his fault.';
    const all = attributions(t);
    assert.equal(all[1]!.source, 'He');
    assert.equal(all[1]!.speaker, 'James Cole');
    assert.equal(all[1]!.kind, 'named');
  });

  it('keeps the gender a pronoun gave a person whose first name no list knows ("Mark" is also a verb)', () => {
    const t = 'The opposition leader, Mark Dunn, spoke first. Ms Hale accused the council of hiding the report. He denied that the plan had changed. She wrote on X that the trains were late again.';
    assert.equal(one(t, 'denied').speaker, 'Mark Dunn');
    assert.equal(one(t, 'wrote').speaker, 'Hale');
  });

  it('does not take "the minister" for the last speaker when that speaker was given another post', () => {
    const t = 'The opposition leader, Mark Dunn, said the minister should resign. The minister insisted the figures were correct.';
    assert.notEqual(one(t, 'insisted').speaker, 'Mark Dunn');
    const held = 'The health minister, Ann Vale, opened the clinic. The minister insisted the figures were correct.';
    assert.equal(one(held, 'insisted').speaker, 'Ann Vale');
  });

  it('resolves "she" past a man named in between', () => {
    const t = 'Laura Kim met Peter Novak on Monday. She said the meeting went well.';
    assert.equal(one(t, 'said').speaker, 'Laura Kim');
  });

  it('does not take a name from inside someone’s claim as the antecedent', () => {
    const t = 'Laura Kim said Peter Novak had resigned. He said later that she was wrong.';
    // "He" is not Laura Kim, and Novak is only talked about; the closest male speaker is unknown.
    const a = attributions(t).find((x) => x.source === 'He');
    assert.ok(!a || a.speaker !== 'Laura Kim');
  });

  it('learns a person and a gender from a kinship appositive ("his wife, Lena,")', () => {
    const t = 'Omar Haddad spoke first. His wife, Lena, spoke after him. She said the house was sold.';
    assert.equal(one(t, 'said').speaker, 'Lena');
  });

  it('resolves "the campaign" and "the X campaign" to the principal', () => {
    const t = 'Ellen Ford is running for governor. The Ford campaign said the ad was false. The campaign said it would sue.';
    const all = attributions(t);
    assert.deepEqual(all.map((a) => a.speaker), ['Ellen Ford', 'Ellen Ford']);
  });

  it('resolves "the senator" to the senator named before', () => {
    const t = 'Sen. Diane Ross visited the plant. The senator said the jobs would stay.';
    assert.equal(one(t, 'said').speaker, 'Diane Ross');
  });

  it('resolves "the Texas governor" (an office with a place) to its holder', () => {
    const t = 'Gov. Dan Pruett signed the bill. The Texas governor said it would save money.';
    const a = one(t, 'said');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Dan Pruett');
  });

  it('knows an outlet whose name ends in a common noun ("The New York Post")', () => {
    assert.equal(one('The New York Post reported that the mayor resigned.', 'reported').grade, 'media');
  });

  it('reads a body noun after a name as that body ("West Mercia police")', () => {
    const a = one('West Mercia police said the pills were unsafe.', 'said');
    assert.equal(a.kind, 'named');
    assert.equal(a.grade, 'organization');
  });

  it('reads a capitalised head inside a name as a name ("The Food Standards Agency")', () => {
    const a = one('The Food Standards Agency warned that the pills were unsafe.', 'warned');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Food Standards Agency');
  });

  it('does not read "asking for comment" as a report', () => {
    assert.deepEqual(attributions('The paper contacted the firm, asking for comment.'), []);
  });

  it('does not stretch a country to a longer place name ("Sudan" is not "South Sudan")', () => {
    const t = 'South Sudan and Sudan met in Addis Ababa. Sudan said it would open the border.';
    assert.equal(one(t, 'said').speaker, 'Sudan');
  });

  it('gives "his spokesman" to the man "his" points to', () => {
    const t = 'Omar Haddad did not attend the hearing. His spokesman said he was ill.';
    const a = one(t, 'said');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Omar Haddad');
  });

  it('skips "late Thursday" after the verb to find the claim', () => {
    const t = 'The talks collapsed, officials said late Thursday.';
    assert.equal(one(t, 'said').content, 'The talks collapsed');
  });

  it('gives no anonymity reason to a named source', () => {
    const t = 'The Boston Globe said the letters were mailed anonymously to the court.';
    assert.equal(one(t, 'said').reason, null);
  });

  it('resolves "the paper" to the outlet named before', () => {
    const t = 'The Boston Globe published the memo on Friday. The paper said the memo was authentic.';
    const a = one(t, 'said');
    assert.equal(a.speaker, 'The Boston Globe');
    assert.equal(a.grade, 'media');
  });

  it('resolves an acronym to the name given with it', () => {
    const t = 'The Coalition for Clean Rivers (CCR) sued the state. CCR said the permits were illegal.';
    assert.equal(one(t, 'said').speaker, 'Coalition for Clean Rivers');
  });

  it('takes the name of "the director of the agency, Ann Burke"', () => {
    const t = 'The director of the agency, Ann Burke, said the files were lost.';
    assert.equal(one(t, 'said').speaker, 'Ann Burke');
  });
});

describe('English: grades of named sources', () => {
  it('person, organization, media and document', () => {
    assert.equal(one('Helen Marsh said the list was growing.', 'said').grade, 'person');
    assert.equal(one('The State Department said the list was growing.', 'said').grade, 'organization');
    assert.equal(one('Reuters reported that the list was growing.', 'reported').grade, 'media');
    const poll = one('A Gallup poll shows that the list is growing.', 'shows');
    assert.equal(poll.grade, 'document');
    assert.equal(poll.speaker, 'Gallup poll');
  });
});

describe('English: headlines', () => {
  it('reads a title-case headline verb: "Graham Says …"', () => {
    const t = 'Lindsey Harper Says Budget Talks Could Resume\n\nSen. Lindsey Harper said on Monday that talks could resume.';
    const a = attributions(t)[0]!;
    assert.equal(a.cue, 'Says');
    assert.equal(a.speaker, 'Lindsey Harper');
    assert.equal(a.content, 'Budget Talks Could Resume');
  });

  it('resolves a headline description forward to the source the article names', () => {
    const t = 'New Poll Shows Tight Race\n\nThe latest Gallup opinion poll released Friday shows that the race is tied.';
    const all = attributions(t);
    assert.equal(all.length, 2, JSON.stringify(all));
    assert.equal(all[0]!.speaker, 'Gallup poll');
    assert.equal(all[1]!.speaker, 'Gallup poll');
    assert.equal(all[1]!.grade, 'document');
  });
});

describe('English: a body shortened in the headline', () => {
  it('reads "the company" as the body the lead names in full, though the headline wrote its first word alone', () => {
    const t = 'Pellucan shares slump as flood halts zinc output\n\n' +
      'Shares in Pellucan Metals fell sharply on Friday after the zinc producer halted work at two pits.\n\n' +
      'The NDX 50 index closed down 1.2%. Pellucan stock lost 11% after the company said repairs would take a month.';
    assert.equal(one(t, 'said').speaker, 'Pellucan Metals');
  });

  it('keeps a word written alone in the body before its longer name as a name of its own', () => {
    const t = 'Grayfield said on Monday it would cut 200 jobs. Grayfield Search, its sister brand, will close.';
    assert.equal(attributions(t)[0]!.speaker, 'Grayfield');
  });
});

describe('English: "the company" after an analyst\'s employer', () => {
  it('is the business the story is about, not the firm whose analysts were quoted since', () => {
    const t = 'Garrison Biosciences said its asthma drug had failed a second trial. Its shares fell 40%. ' +
      'Analysts at Tolland Securities estimated that the drug made up half of its value. ' +
      'The company said in a statement that it would cut jobs.';
    assert.equal(attributions(t).find((a) => a.source === 'The company')?.speaker, 'Garrison Biosciences');
  });

  it('reads a surname before a business word ("… Therapeutics", "… Mining") as a business', () => {
    const t = 'Shares in Morales Mining fell on Monday. The company said the flooded pit would reopen in May.';
    assert.equal(one(t, 'said').speaker, 'Morales Mining');
  });
});

describe('English: a body the lead describes before naming it', () => {
  it('"the Ohio company that runs it said" is the business named in the next paragraph, and so is the headline\'s "company says"', () => {
    const t = 'Rail link shut after signal fault, company says\n\n' +
      'Trains on the Lakeside line will not run until Monday, the Ohio company that operates it said on Friday.\n\n' +
      'Marrowline Transit Partners said in a statement that engineers were replacing a failed signal box.';
    const all = attributions(t);
    assert.equal(all.find((a) => a.source === 'the Ohio company')?.speaker, 'Marrowline Transit Partners', JSON.stringify(all));
    assert.equal(all.find((a) => a.source === 'company')?.speaker, 'Marrowline Transit Partners', JSON.stringify(all));
  });

  it('keeps the body named before ("the company" after the name, not a body named later)', () => {
    const t = 'Pellmont Foods cut prices on Monday, the company said.\n\nOrvell Retail Group said it would follow.';
    assert.equal(attributions(t).find((a) => a.source === 'the company')?.speaker, 'Pellmont Foods');
  });
});

describe('English: a group that names itself', () => {
  for (const [t, name] of [
    ['The gang, which calls itself Grey Heron, said it would sell the files.', 'Grey Heron'],
    ['A group calling itself the Voice of the Valley said it had blocked the road.', 'Voice of the Valley'],
  ] as const) {
    it(`"${t.slice(0, 40)}…" is ${name}`, () => {
      const a = attributions(t)[0]!;
      assert.equal(a.kind, 'named');
      assert.equal(a.speaker, name);
    });
  }
});

describe('English: citation chains', () => {
  it('links "X, citing Y" so that Y is reported through X', () => {
    const t = 'The Guardian, citing a source among US officials, reported that the talks had failed.';
    const all = attributions(t);
    const guardian = all.findIndex((a) => a.speaker === 'The Guardian');
    const source = all.find((a) => a.kind === 'anonymous');
    assert.ok(guardian >= 0 && source, JSON.stringify(all));
    assert.equal(source!.via, guardian);
    assert.equal(source!.content, all[guardian]!.content);
  });

  it('"Y told <outlet>": the outlet only listened, Y is the one source', () => {
    // (Every annotated set leaves the listener out: "told Reuters", "told The Huffington Post".)
    const t = 'Nora Vance told The Washington Post that she would run again.';
    assert.deepEqual(attributions(t).map((a) => [a.speaker, a.content, a.via]), [['Nora Vance', 'she would run again', null]]);
  });

  it('shows the chain in the summary, outermost reporter first', () => {
    const t = 'The Guardian, citing a source among US officials, reported that the talks had failed.';
    const a = analyze(t, { lang: 'en' });
    const s = summary(a, t);
    assert.deepEqual(s.chains.map((c) => c.speakers), [['The Guardian', 'a source among US officials']]);
  });
});

describe('English: reports inside reports', () => {
  it('does not count "X said he hopes Y" twice', () => {
    const all = attributions('Omar Haddad said he hopes the plant will stay open.');
    assert.equal(all.length, 1);
    assert.equal(all[0]!.cue, 'said');
  });

  it('chains "According to <outlet>, officials said X" instead of dropping either', () => {
    const t = 'According to The Guardian, officials familiar with the matter said the plan was delayed.';
    const all = attributions(t);
    assert.equal(all.length, 2, JSON.stringify(all));
    const outlet = all.findIndex((a) => a.speaker === 'The Guardian');
    const officials = all.find((a) => a.kind === 'anonymous')!;
    assert.equal(officials.via, outlet);
    assert.equal(all[outlet]!.content, 'the plan was delayed');
    assert.equal(officials.content, 'the plan was delayed');
  });

  it('keeps the trailing cue as the outer one: "X told police Y, the source added"', () => {
    const all = attributions('A source close to the family spoke to us. The mayor told police that he was never there, the source added.');
    assert.equal(all.length, 1, JSON.stringify(all));
    assert.equal(all[0]!.cue, 'added');
    assert.equal(all[0]!.kind, 'anonymous');
  });
});

describe('English: "it" after a body named in the sentence before', () => {
  it('"… a report from the Kelso Fisheries Board, a joint body … It found that X": the board', () => {
    const t = 'The Transport Ministry said talks would resume. The talks follow a report from the Kelso Fisheries Board, a joint body set up in 2009. It found that stocks had halved.';
    const a = attributions(t).find((x) => x.cue === 'found')!;
    assert.equal(a.speaker, 'Kelso Fisheries Board');
  });

  it('a body that only publishes the journal, or modifies a noun, is not what "it" means', () => {
    const t = 'The team published a paper in Polar Letters, a journal of the Kelso Geophysical Society. It found that the ice had thinned.';
    const a = attributions(t).find((x) => x.cue === 'found');
    assert.ok(!a || a.speaker !== 'Kelso Geophysical Society', JSON.stringify(a));
  });
});

describe('English: an acronym never spelled out in brackets', () => {
  it('is the one public body named in full whose initials it gives', () => {
    const t = 'The Central Statistics Office said prices rose in May. The CSO said energy prices fell.';
    assert.equal(attributions(t)[1]!.speaker, 'Central Statistics Office');
  });

  it('stays itself when no body named in full fits', () => {
    const t = 'The Central Statistics Office said prices rose in May. The ECB said rates would hold.';
    assert.equal(attributions(t)[1]!.speaker, 'ECB');
  });

});

describe('English: a pronoun after a quotation or a report', () => {
  it('"He said" after "X said Y has called for Z" is X, not Y whose report opens X’s claim', () => {
    const t = 'Council spokesman Aaron Pell said on Friday that Mayor Grant Whitby has long called for a new bridge. He said Whitby expects the money to come next year.';
    assert.equal(attributions(t).find((x) => x.source === 'He')?.speaker, 'Aaron Pell');
  });

  it('"she said" is the quotation’s speaker, not a woman quoted inside it', () => {
    const t = '“The crowd is restless,” said Marta Quill, who organised the vigil.\n\n“They thought Dana Voss saying ‘stay home’ would calm things. It did not,” she said.';
    const a = attributions(t).filter((x) => x.source === 'she');
    assert.equal(a.length, 1);
    assert.equal(a[0]!.speaker, 'Marta Quill');
  });

  it('"he said" after a two-sentence quotation naming another man is the man quoted before', () => {
    const t = '“We will not move,” said Peter Osei, the club’s chairman.\n\n“They hoped Victor Lamb saying ‘we will sell’ would end it. It did not,” he said.';
    assert.equal(attributions(t).find((x) => x.source === 'he')?.speaker, 'Peter Osei');
  });
});

describe('English: the family of a named person', () => {
  it('"Mrs Rowe\'s family said" is named as that person\'s family', () => {
    const t = 'Margaret Rowe, 71, died in hospital on Sunday. Mrs Rowe\'s family said she had been "the heart of the village".';
    const a = one(t, 'said');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Margaret Rowe’s family');
  });

  it('"the family of Name said" too', () => {
    const t = 'Margaret Rowe died on Sunday. The family of Margaret Rowe said she would be missed.';
    assert.equal(one(t, 'said').speaker, 'Margaret Rowe’s family');
  });
});

describe('English: a trial\'s defence', () => {
  it('"The defence says" speaks for the one who denies the charge', () => {
    const t = 'Colm Tarrant, 52, denies fraud by abuse of position. The defence says Tarrant repaid every pound.';
    const a = one(t, 'says');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Colm Tarrant');
  });

  it('stays unnamed when no one is said to deny a charge', () => {
    assert.equal(one('The defence says the money was repaid.', 'says').kind, 'anonymous');
  });
});

describe('English: a study\'s researchers and their named lead', () => {
  it('"the researchers say" is the lead the story names ("The team, led by …")', () => {
    const t = 'Cold water swims linked to better sleep, researchers say\n\n' +
      'The team, led by physiologist Ines Varga of Orvell University, followed 900 swimmers. Short swims may help most, the researchers say.';
    const all = attributions(t);
    assert.equal(all.find((a) => a.source === 'the researchers')?.speaker, 'Ines Varga', JSON.stringify(all));
    assert.equal(all.find((a) => a.source === 'researchers')?.speaker, 'Ines Varga', JSON.stringify(all));
  });

  it('stays an unnamed group when no lead is named', () => {
    assert.equal(one('Short swims may help most, the researchers say.', 'say').kind, 'anonymous');
  });
});

describe('English: an unnamed group named later by itself', () => {
  it('"A ransomware gang has claimed … The group, which calls itself X, said …": the gang is X', () => {
    const t = 'Hackers claim theft of school records\n\nA ransomware gang has claimed it stole the files of 9,000 pupils. ' +
      'The group, which calls itself Grey Heron, said it would publish them on Friday.';
    const all = attributions(t);
    assert.equal(all.find((a) => a.source === 'A ransomware gang')?.speaker, 'Grey Heron', JSON.stringify(all));
    assert.equal(all.find((a) => a.source === 'Hackers')?.speaker, 'Grey Heron', JSON.stringify(all));
  });
});

describe('English: a wire lead\'s delayed name', () => {
  it('"A former colleague of X testified …" is the person the next paragraph opens with', () => {
    const t = 'Ex-manager hid losses, ex-colleague tells jury\n\n' +
      'A former colleague of ousted fund manager Tom Roe testified on Tuesday that Roe ordered staff to backdate records.\n\n' +
      'Irene Castell, who worked as a compliance officer for six years, told jurors that Roe called the records a problem.';
    const all = attributions(t);
    assert.equal(all.find((a) => a.cue === 'testified')?.speaker, 'Irene Castell', JSON.stringify(all));
  });

  it('leaves an unnamed official unnamed ("A senior official said …" then a named minister)', () => {
    const t = 'A senior official said on Monday that talks had stalled.\n\nMinister Irene Castell told reporters the talks would resume.';
    assert.equal(one(t, 'said on Monday'.split(' ')[0]!).kind, 'anonymous');
  });
});

describe('English: first names and clock times', () => {
  it('a first name alone, no one\'s surname, is the one person named so ("Jade\'s family")', () => {
    const a = one('Jade Morris, 29, was found dead on Sunday. Jade\'s family said she was a loving mother.', 'said');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Jade Morris’s family');
  });

  it('a clock time\'s colon cuts no claim ("at about 07:30 BST …, police said")', () => {
    assert.equal(one('Officers were called at about 07:30 BST on Sunday, police said.', 'said').content, 'Officers were called at about 07:30 BST on Sunday');
  });
});

describe('English: a scientist and where they work', () => {
  it('"Prof Martin Hale of Imperial College London" is Martin Hale; "the Bank of England" stays whole', () => {
    assert.equal(one('Prof Martin Hale of Imperial College London told the BBC the findings were important.', 'told').speaker, 'Martin Hale');
    assert.equal(one('The Bank of England said rates would stay on hold.', 'said').speaker, 'Bank of England');
  });

  it('"Scientists warn Antarctic ice shelf could collapse": the capitalised word is the claim\'s, no addressee', () => {
    assert.equal(one('Scientists warn Antarctic ice shelf could collapse within a decade', 'warn').content, 'Antarctic ice shelf could collapse within a decade');
    assert.equal(one('He warned Congress the bill would fail.', 'warned').content, 'the bill would fail');
  });
});

describe('English: letters after a name, and qualities shown', () => {
  it('honours and seats after a name are no part of it ("Mark Dennis KC", "Keir Starmer MP")', () => {
    const t = 'Judge Mark Dennis KC said the company was at fault. Dennis added that the fine was fair.';
    assert.deepEqual(attributions(t).map((a) => a.speaker), ['Mark Dennis', 'Mark Dennis']);
    assert.equal(one('Sir Keir Starmer MP said the plan would work.', 'said').speaker, 'Keir Starmer');
  });

  it('a body that "had shown “a shocking disregard”" shows a quality, not a finding; data and polls still show findings', () => {
    const all = attributions('Judge Mark Dennis said the company had shown “a shocking and wholesale disregard for the environment”.');
    assert.deepEqual(all.map((a) => a.cue), ['said']);
    assert.equal(one('The poll showed a lead for Labour.', 'showed').content, 'a lead for Labour');
    assert.equal(one('Data from the UK Biobank show a similar pattern among people in their fifties.', 'show').content, 'a similar pattern among people in their fifties');
  });
});

describe('English: a person introduced by a relation', () => {
  it('"Her neighbour, Alasdair MacLeod, runs a fish farm. He estimates …": he is MacLeod, and stays him paragraphs on', () => {
    const t = 'Morag Campbell has lived on the island for 61 years.\n\nHer neighbour, Alasdair MacLeod, runs a fish farm. He estimates he has lost £40,000 this year.\n\nIts managing director, Duncan Mackison, told a meeting that two new ships would come.\n\nMacLeod agrees. He says he will sell the farm if nothing changes.';
    assert.equal(one(t, 'estimates').speaker, 'Alasdair MacLeod');
    assert.equal(one(t, 'says').speaker, 'Alasdair MacLeod');
  });
});

describe('English: a pronoun after a name no list knows', () => {
  it('"Tadhg Ruane runs a fish farm. He said …": the subject just before is the person "he" needs', () => {
    assert.equal(one('Tadhg Ruane runs a fish farm on the island. He said the sailings were a disaster.', 'said').speaker, 'Tadhg Ruane');
    // (Not a body: a firm named as the subject leaves "he" unresolved.)
    assert.equal(one('Brackwell Mining runs the pit. He said it was safe.', 'said').speaker, 'He');
  });
});

describe('English: two people named after a plural description', () => {
  it('"His lawyers, Robert Turkewitz and Brian Knowles, said …" are both the source, and "they" later', () => {
    const t = 'Boeing said it was saddened. His lawyers, Robert Turkewitz and Brian Knowles, said he was in good spirits.\n\n“We saw no sign of it,” they said.';
    const all = attributions(t);
    assert.equal(all[1]!.speaker, 'Robert Turkewitz and Brian Knowles');
    assert.equal(all[1]!.plural, true);
    assert.equal(all[2]!.speaker, 'Robert Turkewitz and Brian Knowles');
  });
});

describe('English: a person of a firm, by a name compromise knows', () => {
  it('"Gene Munster of Deepwater Asset Management" is the analyst', () => {
    const a = one('“It is an admission,” Gene Munster of Deepwater Asset Management wrote on X.', 'wrote');
    assert.equal(a.grade, 'person');
    assert.equal(a.speaker, 'Gene Munster');
  });
});

describe('English: titles of other countries', () => {
  it('"Taoiseach Micheál Martin" is Micheál Martin', () => {
    assert.equal(one('Taoiseach Micheál Martin said the country was ready.', 'said').speaker, 'Micheál Martin');
  });
});

describe('English: places named for royals, forces named first', () => {
  const T = 'Police Scotland said officers were called to Buchanan Street. The woman was taken to the Queen Elizabeth University Hospital.\n\n'
    + 'A witness, who asked not to be named, told reporters she saw a man running towards Queen Street station. “It all happened so fast,” she said.\n\n'
    + 'Police said there was no wider threat to the public.';

  it('"she" after "Queen Street" is the witness, not a queen named Street', () => {
    assert.equal(attributions(T).find((a) => a.source === 'she')!.speaker, 'A witness');
  });

  it('"Police said" after "Police Scotland said" is Police Scotland', () => {
    assert.equal(attributions(T).find((a) => a.source === 'Police')!.speaker, 'Police Scotland');
  });

  it('"Party leader Mihhail Kõlvart" is a person', () => {
    assert.equal(one('Party leader Mihhail Kõlvart called it a fantasy and said the plan would fail.', 'said').grade, 'person');
  });
});

describe('English: hyphenated offices and a first name used alone', () => {
  const T = 'Director-General Tedros Adhanom Ghebreyesus told a briefing that the new strain was worrying. “A response is essential,” Dr Tedros said.';

  it('"Director-General" is a title, not part of the name', () => {
    assert.equal(one(T, 'told').speaker, 'Tedros Adhanom Ghebreyesus');
  });

  it('"Dr Tedros" is the person first-named so, though a title came with the full name', () => {
    assert.equal(one(T, 'said').speaker, 'Tedros Adhanom Ghebreyesus');
  });
});
