// English: a headline may open on a quotation and a colon, sum up the story,
// and end on who said it ("‘…’: 14 hurt as …, passengers describe"). The report
// at the end is of the quotation; a report with its own object in the middle
// ("fans describe crush at gates") keeps that object.
import assert from 'node:assert/strict';
import { attributions } from './en-helpers.js';

const body = '\n\nLONDON: Several people were hurt on Sunday, officials said.';

describe('English: a headline that opens on a quotation', () => {
  it('gives the quotation to the report that ends the headline', () => {
    const t = '‘We will not back down’: Harlow Foods workers strike over pay, union says' + body;
    const a = attributions(t).find((x) => x.cue === 'says');
    assert.ok(a, JSON.stringify(attributions(t)));
    assert.equal(a.content, 'We will not back down');
    assert.equal(a.direct, true);
  });

  it('keeps the object of a report in the middle', () => {
    const t = '‘It was chaos’: fans describe crush at stadium gates' + body;
    assert.equal(attributions(t).find((x) => x.cue === 'describe')?.content, 'crush at stadium gates');
  });
});
