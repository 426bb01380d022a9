// A wire story opens on a dateline: the place in capitals, maybe a date and the agency in brackets, then a spaced
// dash. The dateline is no part of the sentence's subject: a participle of saying hung on the lede's clause
// ("…, saying …") takes the body that opens the sentence after the dash.
import assert from 'node:assert/strict';
import { one } from './en-helpers.js';

describe('English: wire datelines before the subject', () => {
  it('a place, a date and an agency in brackets before the dash', () => {
    const t = 'OSLO, March 4 (AFP) - The Norwegian Competition Authority fined two ferry operators on Tuesday, saying they had shared timetables.';
    const a = one(t, 'saying');
    assert.equal(a.source, 'The Norwegian Competition Authority');
    assert.equal(a.content, 'they had shared timetables');
  });

  it('a place and the agency alone', () => {
    const t = 'MADRID (Reuters) - The central bank cut its growth forecast on Friday, saying exports had slowed.';
    assert.equal(one(t, 'saying').source, 'The central bank');
  });

  it('a place closed by an em dash', () => {
    const t = 'ACCRA — The Ghana Football Association suspended the league on Monday, saying referees had been threatened.';
    assert.equal(one(t, 'saying').source, 'The Ghana Football Association');
  });
});
