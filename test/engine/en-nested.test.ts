// Reports inside reports: an unnamed source whose report another source
// passes on ("Pilots have complained that X, an official said") is a report
// of its own; a named or pronoun subject stays part of the outer claim.
import assert from 'node:assert/strict';
import { attributions, one } from './en-helpers.js';

describe('English: an unnamed source inside a trailing report', () => {
  it('"Pilots have complained privately that X, an official said": two reports', () => {
    const t = 'Pilots have complained privately that the runway lights fail in fog, an airport official said.';
    const all = attributions(t);
    assert.equal(all.length, 2, JSON.stringify(all));
    const outer = one(t, 'said');
    assert.equal(outer.kind, 'anonymous');
    assert.ok(outer.content.startsWith('Pilots have complained'), outer.content);
    const inner = all.find((a) => a.source === 'Pilots')!;
    assert.equal(inner.kind, 'anonymous');
    assert.equal(inner.content, 'the runway lights fail in fog');
  });

  it('"Ministry officials have told MPs that X, two people briefed on the talks said"', () => {
    const t = 'Ministry officials have told MPs that the scheme will be delayed, two people briefed on the talks said.';
    const inner = attributions(t).find((a) => a.source === 'Ministry officials');
    assert.ok(inner, JSON.stringify(attributions(t)));
    assert.equal(inner.content, 'the scheme will be delayed');
  });

  it('a named subject inside stays one report ("Name had told police X, the source added")', () => {
    const t = 'Governor Ilse Marrow had told aides that she would not run, the source added.';
    const all = attributions(t);
    assert.equal(all.length, 1, JSON.stringify(all));
    assert.equal(all[0]!.cue, 'added');
  });

  it('a pronoun subject inside stays one report ("they have said X, an aide said")', () => {
    const t = 'They have said for weeks that the vote will pass, an aide said.';
    assert.equal(attributions(t).length, 1);
  });
});

describe('English: "what X called “Y”" inside another clause', () => {
  it('is X’s naming of the thing, with the quoted words as the claim, even inside another report', () => {
    const t = 'The envoy, Rosa Ilves, condemned what she called “a campaign of starvation” by the militias.';
    const a = one(t, 'called');
    assert.equal(a.source, 'she');
    assert.equal(a.speaker, 'Rosa Ilves');
    assert.equal(a.content, 'a campaign of starvation');
    assert.equal(a.direct, true);
  });

  it('takes the quoted name after an article, without its trailing comma', () => {
    const t = 'Tom Hale lost his seat after what he termed a “witch hunt,” a year of inquiries.';
    assert.equal(one(t, 'termed').content, 'witch hunt');
  });

  it('an unquoted "what Orvale is calling its fastest phone yet" names a product; nobody claims anything', () => {
    const t = 'The handset runs on what Orvale is calling its fastest chip yet, and the fabric is what the maker calls Airweave.';
    assert.deepEqual(attributions(t), []);
  });

  it('an unquoted "what she called the plan" stays part of the outer claim', () => {
    const t = 'Ann Voss said she opposed what she called the plan.';
    assert.deepEqual(attributions(t).map((a) => a.cue), ['said']);
  });
});

describe('English: ", which it described as “…”" and "it" in the sentence of its body’s report', () => {
  it('"Corlan Mining said that it had offered X, which it described as “…”": Corlan names the offer', () => {
    const t = 'The Tavira Miners Union said talks had failed.\n\nCorlan Mining said in a statement that it had offered a 5% raise, which it described as "a generous and final offer."';
    const a = one(t, 'described');
    assert.equal(a.speaker, 'Corlan Mining');
    assert.equal(a.content, 'a generous and final offer.');
  });
});

describe('English: a verb after "and" past a date', () => {
  it('"X said staffing had improved since January and described the emails as …" is X’s second report', () => {
    const t = 'Orwell Care said staffing had improved since January and described the emails as badly worded notes.';
    const a = one(t, 'described');
    assert.equal(a.speaker, 'Orwell Care');
    assert.equal(a.content, 'the emails as badly worded notes');
  });
});

describe('English: a new clause after a comma inside a closing quotation mark', () => {
  it('"called the attack “an outrage,” but she also noted X": two reports', () => {
    const t = 'Ann Voss called the attack “an outrage,” but she also noted the “senseless, tragic deaths” of three workers.';
    assert.equal(one(t, 'called').content, 'the attack “an outrage,”');
    const n = one(t, 'noted');
    assert.equal(n.speaker, 'Ann Voss');
    assert.equal(n.content, 'the “senseless, tragic deaths” of three workers');
  });
});

describe('English: a rival\'s report after "as" or "while"', () => {
  it('"Kyiv says X as Moscow claims Y": two reports, the first ending before "as"', () => {
    const t = 'Tarsia says it shot down 30 drones overnight as Orvell claims the capture of a border village.';
    assert.equal(one(t, 'says').content, 'it shot down 30 drones overnight');
    const b = one(t, 'claims');
    assert.equal(b.speaker, 'Orvell');
    assert.equal(b.content, 'the capture of a border village');
  });

  it('keeps "as officials expected" inside the claim', () => {
    const t = 'The minister said the talks failed as officials expected.';
    assert.equal(attributions(t).length, 1);
  });
});

describe('English: a speaker\'s own quoted expectation inside their claim', () => {
  it('"X told the paper he expected ‘a long night’ and urged …" gives no second report for the expectation', () => {
    const t = 'Councillor Tomas Varga told the Herald he expected ‘a long and angry night’ and urged residents to register.';
    const all = attributions(t);
    assert.ok(!all.some((a) => a.cue === 'expected'), JSON.stringify(all));
    assert.equal(one(t, 'told').content, 'he expected ‘a long and angry night’');
  });

  it('keeps "…,” she said" inside a claim as a quotation of its own', () => {
    const t = 'Varga told the Herald that the plan was “a mess,” she said, and would be withdrawn.';
    assert.ok(attributions(t).length >= 1);
  });
});

describe('English: a report in a clause after ", after" or ", when"', () => {
  it('"X said A, after auditors found that B": two reports, the first ending at the comma', () => {
    const t = 'Mayor Ines Varga said the scheme had collapsed, after auditors found that £2m was missing.';
    assert.equal(one(t, 'said').content, 'the scheme had collapsed');
    const b = one(t, 'found');
    assert.equal(b.kind, 'anonymous');
    assert.equal(b.content, '£2m was missing');
  });
});

describe('English: "X said Y, according to Z"', () => {
  it('an unnamed Z vouches for the whole scene, its own cue left out ("…, according to police")', () => {
    const t = 'Viktor Orban said he would block the package, according to police.';
    const a = one(t, 'according to');
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.content, 'Viktor Orban said he would block the package');
  });

  for (const z of ['the state news agency MTI', 'Reuters']) {
    it(`"Viktor Orban said …, according to ${z}": Orban speaks, through ${z}`, () => {
      const t = `Viktor Orban said he would block the package, according to ${z}.`;
      const all = attributions(t);
      const orban = all.find((a) => a.cue === 'said')!;
      const via = all.find((a) => a.cue === 'according to')!;
      assert.equal(orban.speaker, 'Viktor Orban');
      assert.equal(orban.content, 'he would block the package');
      assert.equal(via.content, 'he would block the package');
      assert.equal(orban.via, all.indexOf(via));
    });
  }
});

describe('English: "According to X, citing Y, claim"', () => {
  it('keeps the citation out of the claim of both sources', () => {
    const all = attributions('According to Yonhap, citing unnamed officials in Seoul, the envoy arrived with a large delegation.');
    assert.deepEqual(all.map((a) => a.content), ['the envoy arrived with a large delegation', 'the envoy arrived with a large delegation']);
  });

  it('reads "According to the agency, which cited police sources, …" the same way, the cited source ending at its comma', () => {
    const all = attributions('According to the agency, which cited police sources, the suspect fled abroad.');
    const cited = all.find((a) => a.cue === 'cited')!;
    assert.equal(cited.source, 'police sources');
    assert.equal(cited.content, 'the suspect fled abroad');
    assert.equal(all.find((a) => a.cue === 'According to')!.content, 'the suspect fled abroad');
  });
});
