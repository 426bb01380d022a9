// Quote pairing: every style used in news, nesting, quotes over several
// sentences and paragraphs, graceful degradation.
import assert from 'node:assert/strict';
import { pairQuotes } from '../../src/engine/quotes.js';
import { paragraphs } from '../../src/engine/segment.js';

function quoted(text: string, depth = 0): string[] {
  return pairQuotes(text, paragraphs(text)).filter((q) => q.depth === depth).map((q) => text.slice(q.content.start, q.content.end));
}

describe('quotes', () => {
  for (const [style, text, inner] of [
    ['curly double', 'He said “we won” today.', 'we won'],
    ['curly single', 'He said ‘we won’ today.', 'we won'],
    ['straight double', 'He said "we won" today.', 'we won'],
    ['guillemets', 'Он сказал «мы победили» сегодня.', 'мы победили'],
    ['German low-high', 'Er sagte „wir gewannen“ heute.', 'wir gewannen'],
    ['single low-high', 'Er sagte ‚wir gewannen‘ heute.', 'wir gewannen'],
    ['typewriter doubles', "He said ''we won'' today.", 'we won'],
    ['TeX doubles', "He said ``we won'' today.", 'we won'],
  ] as const) {
    it(`pairs ${style} quotes`, () => assert.deepEqual(quoted(text), [inner]));
  }

  it('nests „…“ inside «…»', () => {
    const t = 'Он сказал: «Это „провокация“ и ложь».';
    assert.deepEqual(quoted(t), ['Это „провокация“ и ложь']);
    assert.deepEqual(quoted(t, 1), ['провокация']);
  });

  it('nests ‘…’ inside “…”', () => {
    const t = 'She said “the word ‘fraud’ is too strong” on Monday.';
    assert.deepEqual(quoted(t), ['the word ‘fraud’ is too strong']);
    assert.deepEqual(quoted(t, 1), ['fraud']);
  });

  it('does not take apostrophes for quotes', () => {
    assert.deepEqual(quoted('It’s Clinton’s plan, and the voters’ choice.'), []);
  });

  it('keeps a quote over several sentences', () => {
    assert.deepEqual(quoted('“We won. They lost. It is over,” he said.'), ['We won. They lost. It is over,']);
  });

  it('handles a quote over several paragraphs: each part reopens, the last closes', () => {
    const t = '“We won the vote.\n\n“We will win the next one,” he said.';
    const q = pairQuotes(t, paragraphs(t)).filter((x) => x.depth === 0);
    assert.equal(q.length, 2);
    assert.equal(q[0]!.close, null);
    assert.equal(t.slice(q[0]!.content.start, q[0]!.content.end), 'We won the vote.');
    assert.equal(t.slice(q[1]!.content.start, q[1]!.content.end), 'We will win the next one,');
  });

  it('lets an unclosed quote end at its paragraph end', () => {
    const t = 'He said “this never closes.\n\nNext paragraph here.';
    const q = pairQuotes(t, paragraphs(t));
    assert.equal(q.length, 1);
    assert.equal(t.slice(q[0]!.content.start, q[0]!.content.end), 'this never closes.');
  });

  it('ignores stray closing marks', () => {
    assert.deepEqual(quoted('A stray ” mark and a » too.'), []);
  });

  it('reads dialogue dashes as quoted speech, without the author’s words', () => {
    const t = '— Мы готовы, — сказал он. — Начнём завтра.\n\n— Нет! — крикнула она.';
    assert.deepEqual(quoted(t), ['Мы готовы', 'Начнём завтра.', 'Нет!']);
  });

  it('leaves a dash paragraph with its own quotation marks alone', () => {
    const t = '— «Мы готовы», — сказал он.';
    assert.deepEqual(quoted(t), ['Мы готовы']);
  });
});

describe('quote pairing: a curly opening closed by a straight mark', () => {
  it('“…," he said — a page that mixes styles still gives one closed quote', () => {
    const text = 'Mara Lind agreed with that point.\n\n“Some of the files are not about articles at all," she said.';
    const qs = pairQuotes(text, paragraphs(text));
    assert.equal(qs.length, 1);
    assert.equal(text.slice(qs[0]!.content.start, qs[0]!.content.end), 'Some of the files are not about articles at all,');
    assert.notEqual(qs[0]!.close, null);
  });

  it('a straight mark opening a word inside “…” still nests', () => {
    const text = '“He said "no" to the offer,” she said.';
    const qs = pairQuotes(text, paragraphs(text));
    assert.deepEqual(qs.map((q) => text.slice(q.content.start, q.content.end)), ['He said "no" to the offer,', 'no']);
  });
});
