// English answers in a relative clause on the whole clause before: "…, which
// Mr Roe denied" answers the claim before the comma (as "…, a claim Mr Roe
// denied" does), and that claim ends before the "which".
import assert from 'node:assert/strict';
import { attributions } from './en-helpers.js';

describe('English: ", which X denied"', () => {
  it('gives the clause before the comma to the answer, and ends the first claim there', () => {
    const t = 'Two councillors said the mayor had hidden the report, which Ann Burke denied.';
    const all = attributions(t);
    const said = all.find((a) => a.cue === 'said');
    const denied = all.find((a) => a.cue === 'denied');
    assert.ok(said && denied, JSON.stringify(all));
    assert.equal(said.content, 'the mayor had hidden the report');
    assert.equal(denied.speaker, 'Ann Burke');
    assert.match(denied.content, /the mayor had hidden the report$/);
  });
});
