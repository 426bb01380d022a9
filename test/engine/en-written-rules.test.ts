// A body's written rules are its own paper: "according to the company's
// policy" speaks for the company, and "the company" is a business — never a
// medical centre or a public body named after it ("Centers for …").
import assert from 'node:assert/strict';
import { one } from './en-helpers.js';

describe("English: a body's policy and guidelines", () => {
  it('"according to the company’s policy" is the company named before', () => {
    const t = 'Harbor Lines cancelled the sailing on Friday. According to the company’s policy, travellers may get a refund.';
    const a = one(t, 'According to');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'Harbor Lines');
  });

  it('"the league’s guidelines" are the league’s too', () => {
    const t = 'The Northern Netball League fined the club on Tuesday. According to the league’s guidelines, a second breach means a points deduction.';
    assert.equal(one(t, 'According to').kind, 'named');
  });

  it('"the company" skips a medical centre and a "Centers for …" body named after the firm', () => {
    const t = 'Dozens fell ill aboard a ship run by Harbor Lines. Sick passengers were treated at the Kelby Bay Medical Center, and the Centers for Disease Control opened an inquiry. According to the company’s policy, travellers may get a refund.';
    assert.equal(one(t, 'According to').speaker, 'Harbor Lines');
  });
});
