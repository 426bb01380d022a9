// Sentence-case headlines drop their articles: "…, mayor says", "…, union
// says". The bare noun is a source the article names later; a trailing
// "…, Outlet reports" with no full stop is a cue too.
import assert from 'node:assert/strict';
import { attributions, one } from './en-helpers.js';

describe('English: headlines without articles', () => {
  it('"…, but mayor says X": the mayor the article names', () => {
    const t = 'Dunmore reopens pool, but mayor says repairs will take years\n\nDUNMORE — The town reopened its pool on Friday, Mayor Ines Carrow said. The mayor said the roof still leaked.';
    const a = one(t, 'says');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Ines Carrow');
    assert.equal(a.content, 'repairs will take years');
  });

  it('"…, union says": the union the article names', () => {
    const t = 'Dock staff extend walkout, union says\n\nStaff at the port will stay out for a second week, the Harbour Workers\' Union said on Monday.';
    const a = one(t, 'says');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Harbour Workers\' Union');
  });

  it('an "ex-" noun finds the later source it names', () => {
    const t = 'Banker hid losses, ex-aide tells court\n\nA former aide to the banker testified on Monday that the losses were hidden.';
    const a = one(t, 'tells');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.content, 'Banker hid losses');
  });

  it('"…, Outlet reports" at the end of a headline with no full stop', () => {
    const t = 'Shipyard weighs second dock, Lloyd\'s List reports\n\nThe shipyard is weighing a second dock, the paper said.';
    const a = attributions(t).find((x) => x.cue === 'reports');
    assert.ok(a, JSON.stringify(attributions(t)));
    assert.equal(a.kind, 'named');
  });

  it('a bare noun in running text is still no source', () => {
    assert.deepEqual(attributions('The town reopened its pool, and manager says nothing about it.').filter((a) => a.source === 'manager'), []);
  });

  it('a bare noun the article never names again stays unnamed', () => {
    const t = 'Ferry fares to rise, captain says\n\nFares will go up in May.';
    assert.equal(one(t, 'says').kind, 'anonymous');
  });
});

describe('English: headline documents and occasions', () => {
  it('"…, survey finds" (no full stop): the survey the story then cites, with its issuer', () => {
    const t = 'Most drivers back a toll, survey finds\n\nA survey by the Kelso Institute found that 60% backed the toll.';
    const a = one(t, 'finds');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Kelso Institute');
    assert.equal(a.content, 'Most drivers back a toll');
  });

  it('"…, survey finds" with no survey cited after it: an unnamed document', () => {
    const t = 'Most drivers back a toll, survey finds\n\nSixty per cent backed the toll.';
    const a = one(t, 'finds');
    assert.equal(a.kind, 'anonymous');
  });

  it('"…, he said when asked about it": the occasion is not part of the claim', () => {
    const a = one('Penrose called the report “pure fiction” when asked about it on Friday.', 'called');
    assert.ok(!a.content.includes('when asked'), a.content);
  });
});

describe('English headlines: a bare noun named by another word later', () => {
  it('gives "regulator says" to the commission that announces it below', () => {
    const t = 'Brenton Toys recalls 40,000 scooters, regulator says\n\nThe Consumer Product Safety Commission announced on Tuesday that Brenton Toys is recalling the scooters.';
    assert.equal(one(t, 'says').speaker, 'Consumer Product Safety Commission');
  });

  it('gives "Boss hails …" to the manager quoted below', () => {
    const t = 'Boss hails “spirit” after late winner\n\nCounty manager Ian Hale hailed his players’ “spirit” after the win.';
    assert.equal(one(t, 'hails').speaker, 'Ian Hale');
  });
});

describe('English headlines: describing words before the full name of the person quoted', () => {
  it('gives "Retiring teacher Ann Hale: ‘…’" to Ann Hale, the whole label as source', () => {
    const t = 'Retiring teacher Ann Hale: ‘I taught the children of my pupils’\n\nAfter 38 years, Ann Hale leaves Ysgol Bro on Friday.';
    const a = one(t, ':');
    assert.equal(a.speaker, 'Ann Hale');
    assert.equal(a.source, 'Retiring teacher Ann Hale');
    assert.equal(a.content, 'I taught the children of my pupils');
  });

  it('leaves a label with no name before the colon alone', () => {
    assert.equal(attributions('Live updates from the count: ‘results are coming in’').length, 0);
  });
});

describe('English: a headline\'s "<Team> coach says"', () => {
  it('is the coach the story names below', () => {
    const t = 'Defeat "hard to take", says Rovers coach\n\nHarlow Rovers head coach Tadhg Furey said the defeat was hard to take.';
    const a = attributions(t).find((x) => x.source === 'Rovers coach');
    assert.ok(a, JSON.stringify(attributions(t)));
    assert.equal(a.speaker, 'Tadhg Furey');
  });
});

describe('English: a headline that opens with the quotation', () => {
  it('"‘…’: Olympic champion on life after gold" gives the words to the champion the article names', () => {
    for (const head of ['‘I never wanted to be famous’: Olympic champion on life after gold', "'I never wanted to be famous': Olympic champion on life after gold"]) {
      const t = `${head}\n\nDouble Olympic champion Keely Hodgkinson has spoken about the pressure of success.`;
      const a = attributions(t).find((x) => x.content === 'I never wanted to be famous');
      assert.ok(a, `${head}: ${JSON.stringify(attributions(t))}`);
      assert.equal(a.speaker, 'Keely Hodgkinson');
      assert.equal(a.direct, true);
    }
  });

  it('"“It is a disgrace” – Labour MP Diane Abbott" and "‘We were abandoned’: residents …"', () => {
    assert.equal(attributions('“It is a disgrace” – Labour MP Diane Abbott\n\nThe row grew on Monday.')[0]!.speaker, 'Diane Abbott');
    const r = attributions('‘We were abandoned’: residents on the night the river rose\n\nThe water came at night.')[0]!;
    assert.equal(r.kind, 'anonymous');
    assert.equal(r.content, 'We were abandoned');
  });
});

describe('English: a seat in capitals after a place in a headline', () => {
  it('"Plymouth MP warns …" is a person so described, not a body', () => {
    const a = one('Plymouth MP warns protesters they will face the full force of the law\n\nAn MP in Plymouth has condemned the rioters.', 'warns');
    assert.deepEqual([a.grade, a.speaker], ['person', 'Plymouth MP']);
  });
});

describe('English: a live blog entry "Surname: “quote”"', () => {
  it('a surname the story gives a personal title elsewhere speaks the quotation', () => {
    const t = 'Budget live: chancellor sets out plans\n\nMarlow: “We will not borrow to fund day-to-day spending”\n\nMs Marlow told MPs the rules would stay.';
    const a = one(t, ':');
    assert.equal(a.speaker, 'Marlow');
    assert.equal(a.content, 'We will not borrow to fund day-to-day spending');
    assert.equal(a.direct, true);
  });

  it('a capitalised word the story never gives a title is no speaker', () => {
    const t = 'Election night\n\nTurnout: “lowest since 2001”\n\nCounting went on until dawn.';
    assert.deepEqual(attributions(t), []);
  });
});

describe('English: a headline noun with its kind, and a firm the lead names', () => {
  it('"…, telecom firm admits": the company the lead names, whatever its name', () => {
    const t = 'Data breach exposed 4 million customers, telecom firm admits\n\nBrightwave has admitted that the details of 4 million customers were exposed.';
    const a = one(t, 'admits');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Brightwave');
    assert.equal(a.content, 'Data breach exposed 4 million customers');
  });

  it('"…, island council says": the council the story names', () => {
    const t = 'Ferry fares to rise, island council says\n\nThe Kelby Island Council said fares would rise in May.';
    assert.equal(one(t, 'says').speaker, 'Kelby Island Council');
  });
});
