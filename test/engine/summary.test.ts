// summary(analysis): speakers merged across mentions, grades, totals, shares, chains.
import assert from 'node:assert/strict';
import { analyze, summary } from '../../src/engine/index.js';

describe('summary', () => {
  const text = [
    'Helen Marsh, the clinic director, said the waiting list had doubled.',
    '“We cannot keep up,” Marsh said.',
    'She said the county had cut the budget.',
    'Officials said the cuts were temporary.',
    'The clinic reportedly turned away 40 patients in May.',
  ].join('\n\n');
  const s = summary(analyze(text, { lang: 'en' }), text);

  it('merges a full name, a surname and a pronoun into one speaker', () => {
    const marsh = s.speakers.filter((x) => /Marsh/.test(x.speaker));
    assert.equal(marsh.length, 1);
    assert.equal(marsh[0]!.speaker, 'Helen Marsh');
    assert.equal(marsh[0]!.count, 3);
    assert.deepEqual(marsh[0]!.mentions.sort(), ['Helen Marsh, the clinic director', 'Marsh', 'She'].sort());
    assert.equal(marsh[0]!.grade, 'person');
  });

  it('lists named speakers before anonymous ones and hedges last', () => {
    assert.deepEqual(s.speakers.map((x) => x.grade), ['person', 'anonymous-bare', 'unattributed']);
  });

  it('counts kinds and the share of claims resting on anonymous or unattributed sources', () => {
    assert.equal(s.totals.attributions, 5);
    assert.equal(s.totals.named, 3);
    assert.equal(s.totals.anonymous, 1);
    assert.equal(s.totals.unattributed, 1);
    assert.equal(s.totals.sources, 2);
    assert.equal(s.totals.claims, 5);
    assert.equal(s.anonymousShare, 1 / 5);
    assert.equal(s.unattributedShare, 1 / 5);
  });

  it('keeps each claim with an excerpt', () => {
    const marsh = s.speakers[0]!;
    assert.ok(marsh.claims.some((c) => c.direct && c.excerpt === 'We cannot keep up'));
  });
});

describe('speaker strings', () => {
  it('close a quotation mark that a cut-out name left open', async () => {
    const { balanceQuotes } = await import('../../src/engine/analyze.js');
    assert.equal(balanceQuotes('компания «Причал-Строй'), 'компания «Причал-Строй»');
    assert.equal(balanceQuotes('компания «Причал-Строй»'), 'компания «Причал-Строй»');
    assert.equal(balanceQuotes('the “Northern Ledger'), 'the “Northern Ledger”');
    assert.equal(balanceQuotes('Reuters'), 'Reuters');
  });
});
