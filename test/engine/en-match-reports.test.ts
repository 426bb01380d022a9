// English match-report phrasing: criticism verbs with their reason, players described by nationality,
// verdicts in quoted words followed by the occasion. Sentences written for these tests.
import assert from 'node:assert/strict';
import { attributions, one } from './en-helpers.js';

describe('English: match reports', () => {
  it('reads "blasted X for Y" as criticism reported by the subject', () => {
    const t = 'Rovers boss Ian Tarrant blasted the linesman for flagging a perfectly good goal in stoppage time.';
    const a = one(t, 'blasted');
    assert.equal(a.speaker, 'Ian Tarrant');
    assert.match(a.content, /^the linesman for flagging/);
  });

  it('does not read a physical "blasted" as a report', () => {
    const t = 'The ground staff blasted hot air across the frozen pitch for two hours before kick-off.';
    assert.equal(attributions(t).filter((a) => a.cue === 'blasted').length, 0);
  });

  it('gives "said the Portuguese striker" to the player named before', () => {
    const t = 'Ana Ferreira scored twice in the second half. “We kept believing until the end,” said the Portuguese striker.';
    const a = one(t, 'said');
    assert.equal(a.speaker, 'Ana Ferreira');
    assert.equal(a.kind, 'named');
  });

  it('ends a verdict in quoted words before the occasion the writer adds', () => {
    const t = 'Coach Lisa Harte hailed her players’ “incredible spirit” after a comeback win at Elland Road on Sunday.';
    assert.equal(one(t, 'hailed').content, 'her players’ “incredible spirit”');
  });
});

describe('English: transfer news', () => {
  it('a one-word club name with a plural verb is a club, whatever first name it looks like ("Chelsea are …")', () => {
    const t = 'Chelsea are in advanced talks to sign a striker. A Chelsea spokesperson said the club did not comment on speculation.';
    const a = one(t, 'said');
    assert.equal(a.speaker, 'Chelsea');
    assert.equal(a.grade, 'organization');
  });

  it('"agreed personal terms" is a deal, not a claim; "agreed the plan had failed" is', () => {
    assert.deepEqual(attributions('The striker agreed personal terms with the club.'), []);
    assert.equal(one('He agreed the plan had failed.', 'agreed').content, 'the plan had failed');
  });
});

describe('English: a player or coach described by nationality', () => {
  const T = 'Harlow manager Arvo Lind praised his side. “We were not at our best,” the Estonian said.\n\n'
    + 'Kelso coach Piet Maas felt his team deserved a point. “I am proud of my players,” said the Dutchman, who was booked late on.';

  it('"the Estonian said" is the manager named before', () => {
    const a = attributions(T).find((x) => x.source === 'the Estonian')!;
    assert.equal(a.grade, 'person');
    assert.equal(a.speaker, 'Arvo Lind');
  });

  it('"said the Dutchman, who …" is the coach named before', () => {
    const a = attributions(T).find((x) => x.source?.startsWith('the Dutchman'))!;
    assert.equal(a.speaker, 'Piet Maas');
  });

  it('"Harlow manager Arvo Lind": a name after a trade is a person, whatever the first name', () => {
    assert.equal(one('Harlow manager Arvo Lind said the squad was tired.', 'said').grade, 'person');
  });
});

describe('English: a sentence full of names is no headline', () => {
  it('keeps "Mohamed Salah" of such a sentence as the full name of "Salah" later', () => {
    const t = 'Salah double sends Liverpool top\n\nMohamed Salah scored twice as Liverpool beat Brighton 2-1 at Anfield to go top of the Premier League.\n\n“It was tough,” Salah told Sky Sports after the match.';
    const a = one(t, 'told');
    assert.equal(a.speaker, 'Mohamed Salah');
    assert.equal(a.grade, 'person');
  });
});

describe('English: a nationality epithet after a sentence naming two people', () => {
  it('"The Dutchman" is the one the sentence is about, not the rival named after its verb', () => {
    const t = 'Max Vermeer took pole position on Saturday, edging Luke Norland by a tenth. The Dutchman said the car had been “a handful” in practice.';
    assert.equal(one(t, 'said').speaker, 'Max Vermeer');
  });

  it('"the Briton" is a person described by nationality', () => {
    const t = 'Luke Norland, who trails by 38 points, admitted a mistake. “That is on me,” the Briton said.';
    assert.deepEqual([one(t, 'said').grade, one(t, 'said').speaker], ['person', 'Luke Norland']);
  });
});

describe('English: "the club" after a defeat to another club', () => {
  it('is the club the story is about, not the opponent named last', () => {
    const t = 'Harlow Rovers have sacked manager Dean Coyle after a 3-0 home defeat to Kelby Town left the club bottom of the table. In a statement, the club said a replacement would be named soon.';
    assert.equal(one(t, 'said').speaker, 'Harlow Rovers');
  });
});
