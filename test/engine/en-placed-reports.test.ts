// English reports placed somewhere: "according to reports in Spain", "reports
// from Kyiv say" are an unnamed source described by where the reports are, not
// the bare hedge "according to reports" (which stays unattributed).
import assert from 'node:assert/strict';
import { attributions } from './en-helpers.js';

describe('English: reports placed somewhere', () => {
  it('makes "according to reports in Italy" an unnamed source', () => {
    const all = attributions('The forward has agreed terms with the club, according to reports in Italy.');
    assert.equal(all.length, 1, JSON.stringify(all));
    assert.equal(all[0]!.kind, 'anonymous');
    assert.equal(all[0]!.source, 'reports in Italy');
    assert.equal(all[0]!.content, 'The forward has agreed terms with the club');
  });

  it('keeps "according to reports" alone as a hedge', () => {
    const all = attributions('The forward has agreed terms with the club, according to reports.');
    assert.equal(all.length, 1, JSON.stringify(all));
    assert.equal(all[0]!.kind, 'unattributed');
  });
});
