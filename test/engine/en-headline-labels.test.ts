// English headlines that close on a colon or a dash and a bare source noun
// ("…: report", "… – sources"): the noun is both the source and the cue of the
// headline's claim; a report is the outlet the story says reported it, and a
// label with no one reporting below ("Arsenal 2-1 Chelsea: report") is none.
import assert from 'node:assert/strict';
import { attributions } from './en-helpers.js';

describe('English: a headline closed by a source noun', () => {
  it('gives "…: report" to the outlet that reported it', () => {
    const t = 'Singer quits tour after row over fees: report\n\nAna Ruiz is leaving the tour after a row over fees, the Daily Mirror reported on Friday.';
    const a = attributions(t).find((x) => x.cue === 'report');
    assert.ok(a, JSON.stringify(attributions(t)));
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Daily Mirror');
    assert.equal(a.content, 'Singer quits tour after row over fees');
  });

  it('gives "… – sources" to unnamed sources', () => {
    const t = 'Minister to resign within days – sources\n\nThe minister is expected to quit this week.';
    const a = attributions(t).find((x) => x.cue === 'sources');
    assert.ok(a, JSON.stringify(attributions(t)));
    assert.equal(a.kind, 'anonymous');
    assert.equal(a.content, 'Minister to resign within days');
  });

  it('reads a match report’s label as no source', () => {
    assert.deepEqual(attributions('Arsenal 2-1 Chelsea: report\n\nArsenal won a tight game at home.'), []);
  });
});
