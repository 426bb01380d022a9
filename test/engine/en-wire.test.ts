// Wire-service reports of someone's words: "Tass quoted X as saying Y",
// "X was quoted by Interfax as saying Y", "Interfax cited a source as saying
// Y". X says Y, reported through the outlet.
import assert from 'node:assert/strict';
import { attributions, one } from './en-helpers.js';

describe('English: "quoted X as saying"', () => {
  it('"<Outlet> quoted <person> as saying that Y": the person, through the outlet', () => {
    const t = 'The Anadolu agency quoted Deputy Energy Minister Selin Arkan as saying that gas prices would not rise.';
    const all = attributions(t);
    const who = all.find((a) => a.speaker === 'Selin Arkan');
    assert.ok(who, JSON.stringify(all));
    assert.equal(who.content, 'gas prices would not rise');
    assert.equal(all[who.via!]!.kind, 'named');
    assert.equal(all[who.via!]!.speaker, 'Anadolu');
  });

  it('"<Outlet> cited a source as saying Y": an anonymous source through the outlet', () => {
    const t = 'Interfax cited a source in the energy ministry as saying the pipeline deal was off.';
    const all = attributions(t);
    const src = all.find((a) => a.kind === 'anonymous');
    assert.ok(src, JSON.stringify(all));
    assert.equal(src.source, 'a source in the energy ministry');
    assert.equal(src.content, 'the pipeline deal was off');
    assert.equal(all[src.via!]!.speaker, 'Interfax');
  });

  it('passive: "<person> was quoted by <Outlet> as saying Y"', () => {
    const t = 'Governor Ilse Marrow was quoted by Interfax as saying that the border would reopen.';
    const all = attributions(t);
    const who = all.find((a) => a.speaker === 'Ilse Marrow');
    assert.ok(who, JSON.stringify(all));
    assert.equal(who.content, 'the border would reopen');
    assert.equal(all.filter((a) => a.content === 'as saying that the border would reopen').length, 0);
  });

  it('"“…,” <person> is quoted as saying.": the quotation before', () => {
    const t = '“Our numbers are solid,” Marrow is quoted as saying.';
    const all = attributions(t);
    assert.equal(all.length, 1, JSON.stringify(all));
    assert.equal(all[0]!.content, 'Our numbers are solid');
    assert.equal(all[0]!.direct, true);
  });

  it('"quoted" without "as saying" is no such report', () => {
    assert.deepEqual(attributions('The article quoted several poems.'), []);
  });
});

describe('English: wire leads with sources of other kinds', () => {
  it('"according to the local prefecture": a local administration is a source, its own, not a firm named before', () => {
    const t = 'Shares in Corvane Group fell on Monday. The blaze has burned 15,000 hectares, according to the local prefecture.';
    const a = one(t, 'according to');
    assert.equal(a.speaker, 'local prefecture');
    assert.equal(a.content, 'The blaze has burned 15,000 hectares');
  });

  it("\"according to CME Group's FedWatch tool\": a tool that publishes figures is a source", () => {
    assert.equal(one("Markets price a cut in September, according to CME Group's FedWatch tool.", 'according to').content, 'Markets price a cut in September');
  });

  it('"held rates steady and signaled it expects to cut them": a pronoun and its verb in -s open the clause', () => {
    const a = one('The Federal Reserve held rates steady and signaled it expects to cut them twice.', 'signaled');
    assert.equal(a.speaker, 'Federal Reserve');
    assert.equal(a.content, 'it expects to cut them twice');
  });
});
