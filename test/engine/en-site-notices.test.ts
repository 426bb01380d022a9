// English notices and advisories put up on a body's own site: "according to a
// notice posted on the agency’s website" is a paper of that agency, and speaks
// as the agency named before ("the Office for Road Safety"); with none named, it
// stays "notice".
import assert from 'node:assert/strict';
import { attributions } from './en-helpers.js';

describe('English: a notice on a body’s website', () => {
  it('speaks as the body named before, even one whose name opens with its kind', () => {
    const t = 'The Office for Road Safety said the bridge would close. It will stay shut until June, according to a notice posted on the agency’s website.';
    const a = attributions(t).find((x) => x.cue === 'according to');
    assert.ok(a, JSON.stringify(attributions(t)));
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Office for Road Safety');
  });

  it('stays the notice when no such body is named', () => {
    const t = 'The bridge will stay shut until June, according to a notice posted on the council’s website.';
    const a = attributions(t).find((x) => x.cue === 'according to');
    assert.ok(a, JSON.stringify(attributions(t)));
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'notice');
  });
});
