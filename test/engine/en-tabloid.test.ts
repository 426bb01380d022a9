// English tabloid and local-news phrasing: "hinted at the split", a group with ", too," before its verb.
// Sentences written for these tests.
import assert from 'node:assert/strict';
import { attributions, one } from './en-helpers.js';

describe('English: tabloid and local phrasing', () => {
  it('reads "hinted at <the thing>" as a claim about that thing (not an indefinite "hinted at a deal")', () => {
    const a = one('The coach hinted at his recall of the veteran striker.', 'hinted at');
    assert.equal(a.speaker, 'coach');
    assert.equal(a.content, 'his recall of the veteran striker');
    assert.equal(attributions('The minister hinted at a deal.').length, 0);
  });

  it('does not read the noun "hints at" as a report', () => {
    assert.equal(attributions('There were no hints at the back of the puzzle book.').length, 0);
  });

  it('finds a subject with ", too," before its verb', () => {
    const a = one('Shopkeepers on the high street, too, have long complained that the bins are never emptied.', 'complained');
    assert.equal(a.source, 'Shopkeepers on the high street');
    assert.equal(a.content, 'the bins are never emptied');
  });
});
