// The canonical speaker is the person's name, without the office, outlet or place written before it.
// Every sentence here is our own.
import assert from 'node:assert/strict';
import { attributions, one } from './en-helpers.js';

describe('English: the speaker’s name out of a longer description', () => {
  it('drops an office with its "to" phrase before the name', () => {
    const text = 'Former Ambassador to Portugal Michael Tarrant said the sanctions were working. Tarrant added that more were needed.';
    const all = attributions(text);
    assert.deepEqual(all.map((a) => a.speaker), ['Michael Tarrant', 'Michael Tarrant']);
  });

  it('drops an office with its "for" phrase before the name', () => {
    assert.equal(one('Minister for Fisheries Ann Colvin said the quota would be cut.', 'said').speaker, 'Ann Colvin');
  });

  it('drops an outlet’s possessive before a reporter’s name', () => {
    assert.equal(one('The Kelso Times’ Maggie Dunmore reported that the aide had quit.', 'reported').speaker, 'Maggie Dunmore');
  });
});

describe('English: a name with particles in apposition', () => {
  it('reads "the company’s president, Ann von Berg," as the subject, the person named', () => {
    assert.equal(one('The company’s president, Ann von Berg, said the deal was done.', 'said').speaker, 'Ann von Berg');
  });

  it('reads "the minister, Ursel van der Hoek," the same way', () => {
    assert.equal(one('The minister, Ursel van der Hoek, said the border would reopen.', 'said').speaker, 'Ursel van der Hoek');
  });
});

describe('English: an office with a relative clause, no holder named', () => {
  it('gives the office alone as the speaker, not its relative clause', () => {
    assert.equal(one('The minister, who spoke to reporters in Lisbon, said the deal was close.', 'said').speaker, 'minister');
  });
});

describe('English: a surname that is also a title', () => {
  it('reads "King added" after "Sen. Moira King" as the surname', () => {
    const text = 'Sen. Moira King said the bill was flawed. King added that she would vote against it.';
    assert.deepEqual(attributions(text).map((a) => a.speaker), ['Moira King', 'Moira King']);
  });

  it('does so for a quote’s speaker too', () => {
    const text = 'Talk-show host Dana Judge said the interview went well. “It was the best hour of the year,” Judge said.';
    assert.equal(attributions(text).find((a) => a.source === 'Judge')?.speaker, 'Dana Judge');
  });
});
