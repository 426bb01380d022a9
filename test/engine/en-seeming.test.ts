// "appeared to suggest", "seemed to think": the writer hedges a report, and
// the report is still the subject's. Every sentence here is our own.
import assert from 'node:assert/strict';
import { attributions, one } from './en-helpers.js';

describe('English: a report behind "appeared to" / "seemed to"', () => {
  it('"Hale appeared to suggest that …" is Hale\'s report', () => {
    const a = one('Senator Ruth Hale appeared to suggest that the levy would be scrapped.', 'appeared to suggest');
    assert.equal(a.speaker, 'Ruth Hale');
    assert.equal(a.content, 'the levy would be scrapped');
  });

  it('"seemed to think" and "appears to blame" read the same way', () => {
    assert.equal(one('The coach seemed to think the referee had been bribed.', 'seemed to think').content, 'the referee had been bribed');
    assert.equal(one('Marlow appears to blame the weather for the losses.', 'appears to blame').source, 'Marlow');
  });

  it('"appeared to" before a verb that reports nothing is no report', () => {
    assert.deepEqual(attributions('The driver appeared to lose control on the bend.'), []);
  });
});
