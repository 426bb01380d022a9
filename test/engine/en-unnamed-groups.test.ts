// Unnamed groups and settings writers reach for: holders of an office in the
// plural ("Some ministers said"), a progressive with an adverb ("are privately
// warning"), "Reporting by X", and a source in brackets. Every sentence here is our own.
import assert from 'node:assert/strict';
import { attributions, one } from './en-helpers.js';

describe('English: holders of an office, many and unnamed', () => {
  it('"Some ministers", "two cabinet ministers", "senior judges" are unnamed sources', () => {
    assert.equal(one('Some ministers said the levy would fail.', 'said').kind, 'anonymous');
    assert.equal(one('Two cabinet ministers warned that the levy would fail.', 'warned').kind, 'anonymous');
    assert.equal(one('Senior judges believe the reform is unworkable.', 'believe').kind, 'anonymous');
    assert.equal(one('Behind closed doors, several ministers have questioned whether the plan can work.', 'questioned').source, 'several ministers');
  });

  it('"the minister" alone is still one person', () => {
    const t = 'Health Minister Ana Roe visited the ward. The minister said the beds would be ready.';
    assert.equal(one(t, 'said').speaker, 'Ana Roe');
  });
});

describe('English: a progressive with an adverb', () => {
  it('"Senior Democrats are privately warning that …"', () => {
    const a = one('Senior Democrats are privately warning that the bill could fail.', 'warning');
    assert.equal(a.source, 'Senior Democrats');
    assert.equal(a.content, 'the bill could fail');
  });
});

describe('English: issuers and brackets', () => {
  it('"Reporting by the Financial Times suggests …" is the paper', () => {
    assert.equal(one('Reporting by the Harbour Gazette suggests the firm is in talks.', 'suggests').speaker, 'Harbour Gazette');
  });

  it('"(according to an email seen by the BBC)" keeps its brackets out of source and claim', () => {
    const a = one('Staff were told to stay at home (according to an email seen by the paper).', 'according to');
    assert.equal(a.source, 'an email seen by the paper');
    assert.equal(a.content, 'Staff were told to stay at home');
  });
});

describe('English: a document and where it was filed', () => {
  it('"A complaint filed in federal court claims …" keeps the place in the source', () => {
    const a = one('A complaint filed in federal court claims the app collected data from children.', 'claims');
    assert.equal(a.source, 'A complaint filed in federal court');
    assert.equal(a.content, 'the app collected data from children');
  });

  it('"A study published in the Lancet found …" is the study', () => {
    assert.equal(one('A study published in the Lancet found that the drug worked.', 'found').source, 'A study published in the Lancet');
  });
});

describe('English: a study named by its journal', () => {
  it('"according to a study published on Wednesday in the journal BMJ Open" is a named document, and "it found" is the study', () => {
    const t = 'Older adults lost memory more slowly, according to a study published on Wednesday in the journal Sleep Open. Those who napped scored higher, it found.';
    const all = attributions(t);
    assert.deepEqual(all.map((a) => [a.kind, a.speaker]), [['named', 'study in Sleep Open'], ['named', 'study in Sleep Open']]);
  });

  it('a study named by nothing stays unnamed', () => {
    assert.equal(one('According to a recent study, naps help memory.', 'According to').kind, 'anonymous');
  });
});

describe('English: services as unnamed sources', () => {
  it('"emergency services said" and "rescue services said" are unnamed sources', () => {
    for (const t of ['Three people were hurt, emergency services said.', 'Rescue services said the search would continue.']) {
      const all = attributions(t);
      assert.equal(all.length, 1, t);
      assert.equal(all[0]!.kind, 'anonymous');
    }
  });

  it('"The ambulance service said … The service added" is that service, not a service of another name quoted later', () => {
    const t = 'The ambulance service said crews were stretched. The service added that demand had doubled.\n\nThe Harbour Service said the quay was closed.';
    assert.equal(attributions(t).filter((a) => a.cue === 'said')[0]!.speaker, 'ambulance service');
    assert.equal(one(t, 'added').speaker, 'ambulance service');
  });
});

describe('English: pointing back past a relative clause', () => {
  it('"the officials, who added that …" are the officials quoted before', () => {
    const t = 'Kelso Water officials said the main had burst. Plastic pipe is less likely to crack, said the officials, who added that crews were replacing 100 miles of line a year.';
    assert.equal(attributions(t).find((a) => a.cue === 'said' && a.source?.startsWith('the officials'))!.speaker, 'Kelso Water officials');
  });
});

describe('English: "they" after a group opening the sentence before', () => {
  it('"Analysts at X were less sure. “…,” they wrote": the analysts, not the company quoted earlier', () => {
    const t = 'Valtrex Semiconductor said orders would recover. Analysts at Dunmore Securities were less sure. “We think the cycle has further to run,” they wrote in a note to clients.';
    const a = one(t, 'wrote');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.speaker, 'Analysts');
  });
});

describe('English: people described by what they use', () => {
  it('"Engineers using a new sensor say …" is the engineers\' report', () => {
    assert.equal(one('Engineers using a new sensor say the bridge is safe.', 'say').content, 'the bridge is safe');
  });

  it('"Astronomers using the James Webb Space Telescope say …": unnamed astronomers, not the telescope', () => {
    const a = one('Astronomers using the James Webb Space Telescope say they have spotted the most distant galaxy yet.', 'say');
    assert.equal(a.kind, 'anonymous');
  });
});
