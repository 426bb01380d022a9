// "Under EU rules, …", "By FIFA rules, …": a name and a noun-like verb form after a preposition opening the sentence
// are that preposition's object (the rules of the body), not "the EU rules that …".
import assert from 'node:assert/strict';
import { attributions, one } from './en-helpers.js';

describe('English: "Under X rules," is no report', () => {
  it('"Under EU rules, …"', () => {
    const t = 'Under EU rules, shoppers who buy online can return goods within 14 days.';
    assert.equal(attributions(t).length, 0);
  });

  it('"Under UEFA rules, …"', () => {
    const t = 'Under UEFA rules, a club that breaks the spending limit can be barred from Europe.';
    assert.equal(attributions(t).filter((a) => a.cue === 'rules').length, 0);
  });

  it('a trailing "…, X reports" is still a report', () => {
    assert.equal(one('Trade talks have stalled, Reuters reports.', 'reports').speaker, 'Reuters');
  });
});
