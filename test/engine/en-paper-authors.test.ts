// English: a lead often cites a paper without its author ("according to an
// independent review published Monday") and the next sentence names who wrote
// it ("The 30-page report, prepared by the consulting firm …"); the paper met
// unnamed is that author's, not an unnamed source.
import assert from 'node:assert/strict';
import { attributions } from './en-helpers.js';

describe('English: a paper whose author the next sentence names', () => {
  const lead = "MAPLETON, Oregon — The city's water utility ignored warnings about its pipes for a decade, according to an independent review published Monday.";

  it('takes the author named next', () => {
    const t = `${lead}\n\nThe 30-page report, prepared by the consulting firm Corbell & Finch, found that inspectors had flagged corroded mains in 2015.`;
    const a = attributions(t).find((x) => x.cue === 'according to');
    assert.ok(a, JSON.stringify(attributions(t)));
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Corbell & Finch');
  });

  it('stays unnamed when the next sentence names no author', () => {
    const t = `${lead}\n\nThe 30-page report found that inspectors had flagged corroded mains in 2015.`;
    const a = attributions(t).find((x) => x.cue === 'according to');
    assert.ok(a, JSON.stringify(attributions(t)));
    assert.equal(a.kind, 'anonymous');
  });
});
