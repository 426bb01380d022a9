// Outlets nobody names by their title: "state television", "local radio",
// "the state news agency quoted X as saying". Every sentence here is our own.
import assert from 'node:assert/strict';
import { attributions, one } from './en-helpers.js';

describe('English: outlets described, not named', () => {
  it('"state television" is a country\'s one broadcaster, wherever it stands', () => {
    const a = one('On Monday, state television reported that the pass was closed.', 'reported');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'state television');
    assert.equal(one('The pass was closed, state TV said.', 'said').speaker, 'state TV');
  });

  it('"Local radio", "foreign broadcasters" are outlets of a kind, unnamed', () => {
    assert.equal(one('Local radio said three people had been hurt.', 'said').kind, 'anonymous');
    assert.equal(one('Foreign broadcasters reported that the pass was closed.', 'reported').kind, 'anonymous');
  });

  it('an unnamed outlet that quotes someone is a source of its own', () => {
    const t = 'The state news agency quoted the foreign minister as saying the talks had failed.';
    const all = attributions(t);
    assert.deepEqual(all.map((a) => [a.kind, a.source, a.content]), [
      ['anonymous', 'The state news agency', 'the talks had failed'],
      ['named', 'the foreign minister', 'the talks had failed'],
    ]);
  });

  it('a named outlet quoting someone stays named', () => {
    const all = attributions('The Harbour Gazette quoted a dock worker as saying the cranes were idle.');
    assert.deepEqual(all.map((a) => a.kind), ['named', 'anonymous']);
  });
});

describe('English: an outlet trailing a named speaker\'s report', () => {
  it('"Vale said X, Kyodo news agency reported" gives both, each with X', () => {
    const t = 'Vale said rates could fall, Kyodo news agency reported on Wednesday.';
    assert.deepEqual(attributions(t).map((a) => [a.speaker, a.content]), [['Vale', 'rates could fall'], ['Kyodo', 'rates could fall']]);
  });

  it('the speaker\'s own words never run on into the outlet\'s cue', () => {
    const a = one('The finance minister said rates could fall, Yonhap reported.', 'said');
    assert.equal(a.content, 'rates could fall');
  });
});

describe('English: outlets with no telling last word', () => {
  it('"The Information reported" is the outlet, named whole', () => {
    const a = one('The Information reported that the company was spending millions a day.', 'reported');
    assert.equal(a.grade, 'media');
    assert.equal(a.speaker, 'The Information');
  });
});

describe('English: a piece in an outlet', () => {
  it('"according to a report in the Kelso Courier" is the outlet', () => {
    const a = one('According to a report in the Kelso Courier, donors are worried.', 'According to');
    assert.equal(a.grade, 'media');
    assert.equal(a.speaker, 'Kelso Courier');
  });
});

describe('English: outlets of the region and their datelines', () => {
  it('"ASTANA. KAZINFORM – …": the dateline names no source', () => {
    const t = 'ASTANA. KAZINFORM – The president received the minister on Monday, the presidential press service reported.';
    const a = one(t, 'reported');
    assert.equal(a.speaker, 'presidential press service');
  });

  it('"As reported by Kazinform earlier, …": the time after the source is the report\'s', () => {
    const a = one('As reported by Kazinform earlier, trade reached $41 billion.', 'As reported by');
    assert.equal(a.speaker, 'Kazinform');
    assert.equal(a.content, 'trade reached $41 billion');
  });

  it('"Japanese broadcaster NHK said": an outlet noun before a name makes it an outlet', () => {
    assert.equal(one('Japanese broadcaster NHK said Tokyo was watching closely.', 'said').grade, 'media');
  });

  it('"The Courier said X in what it called “Y”": the outlet\'s own naming keeps its report whole', () => {
    const t = 'The Kelso Courier said the mayor had wished the club "a great victory" in what it called its "sacred struggle".';
    assert.equal(one(t, 'said').content, 'the mayor had wished the club "a great victory" in what it called its "sacred struggle"');
  });
});

describe('English: entertainment outlets and their descriptions', () => {
  it('"Deadline reports … according to the trade publication": the outlet, then the same outlet described', () => {
    const t = 'Jake Ferris is in talks to star in the series, Deadline reports.\n\nThe actor has been approached by the studio, according to the trade publication.';
    const all = attributions(t);
    assert.equal(all[0]!.grade, 'media');
    assert.equal(all[1]!.speaker, 'Deadline');
  });
});

describe('English: a number closing a name', () => {
  it('"Page Six reported" is the outlet, no count of people', () => {
    const a = one('The actress is leaving the show, Page Six reported.', 'reported');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Page Six');
  });

  it('"Two of the officials said" still counts people', () => {
    assert.equal(one('Two of the officials said the plan was dead.', 'said').kind, 'anonymous');
  });
});

describe('English: digits closing an issuer\'s name', () => {
  it('"data from Trackr24" keeps the digits of the name', () => {
    assert.equal(one('The jet dropped 1,200 feet, according to flight-tracking data from Trackr24.', 'according to').speaker, 'Trackr24');
  });
});
