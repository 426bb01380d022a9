// English headlines that end on a bare paper ("…, poll finds", "…, memo
// shows"): the paper is the one the story then cites by that noun, with its
// issuer; when the story names no issuer, it stays an unnamed paper.
import assert from 'node:assert/strict';
import { attributions } from './en-helpers.js';

const headline = (t: string) => attributions(t).find((a) => a.content.startsWith(t.slice(0, 12)))!;

describe('English: a headline’s bare paper', () => {
  it('is the survey the lead names ("poll finds" → the Halden Research survey)', () => {
    const t = 'Most drivers back a lower speed limit, poll finds\n\nSix in ten drivers support a 20mph limit in towns, according to a Halden Research survey published on Monday.';
    const a = headline(t);
    assert.equal(a.kind, 'named', JSON.stringify(a));
    assert.match(a.speaker ?? '', /Halden Research/);
  });

  it('is the memo the lead names with its writer', () => {
    const t = 'Brightline to close six stores, memo shows\n\nBrightline will close six of its stores by March, according to an internal memo from chief executive Ana Ruiz seen by the Ledger.';
    const a = headline(t);
    assert.equal(a.kind, 'named', JSON.stringify(a));
    assert.equal(a.speaker, 'Ana Ruiz');
  });

  it('stays unnamed when the story names no issuer', () => {
    const t = 'Most drivers back a lower speed limit, poll finds\n\nSix in ten drivers support a 20mph limit in towns. The council will vote on it in May.';
    const a = headline(t);
    assert.equal(a.kind, 'anonymous', JSON.stringify(a));
  });
});
