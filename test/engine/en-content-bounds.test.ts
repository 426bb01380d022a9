// Where a claim is when the words after the cue are not one: a trailing
// "told <addressee>" with only places and times after it, a relative clause
// after "according to X", and "…, a rumour that X denied".
import assert from 'node:assert/strict';
import { attributions, one } from './en-helpers.js';

describe('English: the claim before a trailing cue', () => {
  it('"<claim>, Name told a news conference at the town hall.": the claim is before', () => {
    const t = 'The bridge will reopen on Friday, Mayor Odette Brannigan told a news conference at the town hall.';
    const a = one(t, 'told');
    assert.equal(a.speaker, 'Odette Brannigan');
    assert.equal(a.content, 'The bridge will reopen on Friday');
  });

  it('"<claim>, union president Name told Reuters by phone.": the claim is before', () => {
    const t = 'Output at the smelter has stopped, union president Idris Kallenbach told Reuters by phone.';
    const a = attributions(t).find((x) => x.cue === 'told' && x.speaker === 'Idris Kallenbach');
    assert.ok(a, JSON.stringify(attributions(t)));
    assert.equal(a.grade, 'person');
    assert.equal(a.content, 'Output at the smelter has stopped');
  });

  it('a clause after the addressee is still the claim ("told him the plan was dead")', () => {
    const t = 'Later that day, she told him the plan was dead.';
    assert.equal(one(t, 'told').content, 'the plan was dead');
  });

  it('"<claim>, according to an official, who said Y": each keeps its own claim', () => {
    const t = 'The engineers were warned in March, according to a second official, who said the warning was ignored.';
    const acc = one(t, 'according to');
    assert.equal(acc.content, 'The engineers were warned in March');
    assert.equal(one(t, 'said').content, 'the warning was ignored');
  });

  it('"<claim>, a rumour that two people close to him denied": the claim is what was denied', () => {
    const t = 'The coach has agreed terms with a rival club, a rumour that two people close to him firmly denied to the Kelso Courier.';
    const a = one(t, 'denied');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.content, 'The coach has agreed terms with a rival club');
  });
});

describe('English: the setting of a cue is not the claim', () => {
  it('"said in an interview with <Outlet> on Monday that X": the claim is X', () => {
    const a = one('Brannigan said in an interview with Radio Kelso on Monday that the toll would stay.', 'said');
    assert.equal(a.content, 'the toll would stay');
  });

  it('"said in a letter to shareholders that X", "wrote on social media that X"', () => {
    assert.equal(one('The chairman said in a letter to shareholders that dividends would be cut.', 'said').content, 'dividends would be cut');
    assert.equal(one('Brannigan wrote on social media that the toll would stay.', 'wrote').content, 'the toll would stay');
  });

  it('"said the firm that built it was negligent" keeps its claim (no setting before "that")', () => {
    assert.equal(one('Brannigan said the firm that built the bridge was negligent.', 'said').content, 'the firm that built the bridge was negligent');
  });

  it('the addressee of "told" is not the claim: "local media", "the court", "reporters in Brussels"', () => {
    assert.equal(one('Residents told local media they had heard two blasts.', 'told').content, 'they had heard two blasts');
    assert.equal(one('Brannigan told the court the contract was void.', 'told').content, 'the contract was void');
    assert.equal(one('Brannigan told reporters in Strasbourg the vote was lost.', 'told').content, 'the vote was lost');
    assert.equal(one('Brannigan told lawyer Ines Paget the deadline had passed.', 'told').content, 'the deadline had passed');
  });

  it('a subject right after the addressee stays in the claim ("told reporters prices would rise")', () => {
    assert.equal(one('Brannigan told reporters prices would rise.', 'told').content, 'prices would rise');
  });
});

describe('English: a participle report after a quotation', () => {
  it('"“A,” Name said, adding that B": said claims A, adding claims B', () => {
    const t = '“We will not move,” Ostrova said, adding that a vote would be held next week.';
    assert.equal(one(t, 'said').content, 'We will not move');
    const add = one(t, 'adding');
    assert.equal(add.speaker, 'Ostrova');
    assert.equal(add.content, 'a vote would be held next week');
  });

  it('"Investigators believe X, according to a police statement": X ends before the trailing cue', () => {
    const t = 'Investigators believe the blaze was set deliberately, according to a police statement.';
    for (const a of attributions(t)) assert.ok(!a.content.includes('according'), a.content);
  });
});

describe('English: participles that describe the quotation', () => {
  it('"“A,” Name said, describing his model": describing claims the quotation', () => {
    const t = '“You only need to cool a small patch,” Orrin said, describing his group’s model.';
    assert.equal(one(t, 'describing').content, 'You only need to cool a small patch');
  });
});

describe('English: "According to Name, a <role>, claim"', () => {
  it('the appositive belongs to the source, the claim starts after it', () => {
    const a = one('According to Dr. Ines Halloran, a hydrologist at Kelso University, the aquifer is shrinking.', 'According to');
    assert.equal(a.speaker, 'Ines Halloran');
    assert.equal(a.content, 'the aquifer is shrinking');
  });

  it('"According to the report, the mill …" keeps the claim whole', () => {
    const t = 'The Kelso Courier published a report on Monday. According to the report, the mill will close in June.';
    assert.equal(one(t, 'According to').content, 'the mill will close in June');
  });
});

describe('English: "reputedly"', () => {
  it('is an unattributed hedge', () => {
    assert.equal(one('The singer is reputedly worth $200 million.', 'reputedly').kind, 'unattributed');
  });
});

describe('English claim ends: the writer\'s caveat', () => {
  it('", though the footage could not be geolocated" is not the claim', () => {
    const t = 'Bloggers posted videos that they said showed the strike, though the footage could not be geolocated.';
    assert.equal(one(t, 'said').content, 'showed the strike');
  });

  it('", a claim that could not be independently verified" is not the claim', () => {
    const t = 'The ministry claimed its forces had taken the village, a claim that could not be independently verified.';
    assert.equal(one(t, 'claimed').content, 'its forces had taken the village');
  });

  it('a concession the source makes stays in', () => {
    const t = 'Hale said the deal was done, though the fee could still change.';
    assert.equal(one(t, 'said').content, 'the deal was done, though the fee could still change');
  });
});

describe('English: a quoted title before the subject is no claim', () => {
  it('"On “Face the Nation,” X said Y": the claim is Y', () => {
    assert.equal(one('On “Face the Nation,” Senator Ruth Galloway said the plan was dead.', 'said').content, 'the plan was dead');
    assert.equal(one('In an interview on this weekend’s broadcast of “Morning Desk,” Gov. Tom Hale said the tweet was a joke.', 'said').content, 'the tweet was a joke');
  });

  it('a quotation before "X said" with no clause after the verb is still the claim', () => {
    assert.equal(one('“We are ready,” Ruth Galloway said on Monday.', 'said').content, 'We are ready');
  });
});

describe('English: a second report after "and" with a verb of saying only', () => {
  it('"accused X of Y and asserted that Z": two reports, each with its own claim', () => {
    const t = 'Nora Pell accused the insurer of stalling the claims and asserted that the families were tired of waiting.';
    assert.equal(one(t, 'accused').content, 'the insurer of stalling the claims');
    assert.equal(one(t, 'asserted').content, 'the families were tired of waiting');
  });

  it('"said A and contended B": A ends before "and contended"', () => {
    const t = 'Nora Pell said the fund was solvent and contended that the audit was flawed.';
    assert.equal(one(t, 'said').content, 'the fund was solvent');
  });
});

describe('English: what stands between a verb or a hedge and its claim', () => {
  it('"claimed without evidence on Monday that …": the manner and the day are no part of the claim', () => {
    assert.equal(one('Hale claimed without evidence on Monday that the vote had been rigged.', 'claimed').content, 'the vote had been rigged');
  });

  it('"Allegedly, the money was never paid.": an opening hedge and its comma are no part of the claim', () => {
    assert.equal(one('Allegedly, the money was never paid.', 'Allegedly').content, 'the money was never paid');
  });
});

describe('English: "but declined to say" ends the claim', () => {
  it('"confirmed the cuts but declined to say how many" claims the cuts only', () => {
    assert.equal(one('A spokesperson for Tarnlow Logistics confirmed the job cuts but declined to say how many drivers would go.', 'confirmed').content, 'the job cuts');
  });

  it('", but would not give details" is the writer\'s, not the claim', () => {
    assert.equal(one('The ministry said talks had resumed, but would not give details of the offer.', 'said').content, 'talks had resumed');
  });

  it('the question after "declined to say whether" is no report of its own', () => {
    const t = 'The company said it had activated contingency plans, but declined to say whether it had declared force majeure.';
    assert.deepEqual(attributions(t).map((a) => a.cue), ['said']);
  });
});

describe('English: "…, X told <addressee>, adding that …"', () => {
  it('the claim before the cue and the added claim are two reports', () => {
    const t = 'The firm is reviewing its plant in Trondheim, two people familiar with the matter told Reuters, adding that a decision could come by December.';
    assert.equal(one(t, 'told').content, 'The firm is reviewing its plant in Trondheim');
    assert.equal(one(t, 'adding').content, 'a decision could come by December');
  });
});

describe('English: "According to X, a <kind of body>, …"', () => {
  it('the body\'s description belongs to the source, not the claim', () => {
    const a = one('According to the Resolution Trust, a think tank, incomes will fall this year.', 'According to');
    assert.deepEqual([a.source, a.content], ['the Resolution Trust, a think tank', 'incomes will fall this year']);
  });

  it('"according to analysis by …, a health think tank," likewise', () => {
    assert.equal(one('According to analysis by the Kestrel Fund, a health think tank, waiting lists will not fall before 2027.', 'According to').content, 'waiting lists will not fall before 2027');
  });

  it('a clause after the comma is still the claim', () => {
    assert.equal(one('According to the Resolution Trust, a recession is likely.', 'According to').content, 'a recession is likely');
  });
});

describe('English: "according to the release" after "said in a news release"', () => {
  it('is the one who issued it', () => {
    const t = 'Deputies were called at midnight, sheriff\'s spokesperson Sgt. Dana Ruiz said in a news release. The woman is expected to survive, according to the release.';
    assert.equal(one(t, 'according to').speaker, 'Dana Ruiz');
  });

  it('"According to the statement" after "said in a statement" is the firm', () => {
    const t = 'Halden Foods said in a statement that sales rose. According to the statement, profits fell.';
    assert.equal(one(t, 'According to').speaker, 'Halden Foods');
  });
});

describe('English: ", without giving details" is the writer\'s', () => {
  it('ends the claim', () => {
    assert.equal(one('The ministry said its forces had struck energy sites, without giving details.', 'said').content, 'its forces had struck energy sites');
  });

  it('ends it after a closing quotation mark too', () => {
    assert.match(one('The ministry said its forces had struck “energy facilities used by the military,” without giving details.', 'said').content, /military,?”$/);
  });
});

describe('English: an aside inside a report\'s claim', () => {
  it('the claim of "X said that A, she said, B" starts after "that", not at "X said"', () => {
    const t = 'The treasurer said on Tuesday that the budget, she said, would be balanced by 2029.';
    const a = attributions(t).find((x) => x.source === 'The treasurer');
    assert.ok(a, JSON.stringify(attributions(t)));
    assert.equal(a.content, 'the budget, she said, would be balanced by 2029');
    assert.ok(attributions(t).every((x) => !x.content.includes('treasurer said')), JSON.stringify(attributions(t)));
  });

  it('an aside naming another source inside a report keeps both reports', () => {
    const t = 'A review by the Kelby Institute argued that the dam should be rebuilt, in part, the institute\'s chief engineer has said, because the old one leaks.';
    const cues = attributions(t).map((x) => x.cue).sort();
    assert.deepEqual(cues, ['argued', 'said']);
  });
});

describe('English: a quotation inside the clause before a trailing cue', () => {
  it('"The galaxy is “surprisingly bright,” the team reported": the claim is the clause, not the quoted words alone', () => {
    const a = one('The new galaxy is “surprisingly bright,” the team reported.', 'reported');
    assert.equal(a.content, 'The new galaxy is “surprisingly bright,”');
    assert.equal(a.direct, false);
  });

  it('a quotation after another report\'s verb stays a quotation: "Roe said “no,” she added"', () => {
    const t = 'Asked about the merger, Roe said “I know nothing about it,” she added.';
    assert.ok(attributions(t).every((a) => !a.content.startsWith('Asked')), JSON.stringify(attributions(t)));
  });
});

describe('English: an object, where it was given, then a participle', () => {
  it('"hinted at his departure on Instagram on Friday, sharing a photo …": the claim is the object', () => {
    assert.equal(one('The striker hinted at his departure on Instagram on Friday, sharing a photo of an empty locker.', 'hinted at').content, 'his departure');
  });
});

describe('English: an accusation and the writer\'s time clause', () => {
  it('"accused the referee of “bottling it” after his side were denied a penalty": the accusation alone', () => {
    const a = one('Kelby manager Rob Dunn accused referee Paul Hart of “bottling it” after his side were denied a late penalty.', 'accused');
    assert.equal(a.content, 'referee Paul Hart of “bottling it”');
  });

  it('"accused the firm of putting profit before safety" keeps its preposition', () => {
    assert.equal(one('The union accused the firm of putting profit before passenger safety.', 'accused').content, 'the firm of putting profit before passenger safety');
  });
});
