// A person's campaign or office, written "the campaign of …", speaks for that person.
// Every sentence here is our own.
import assert from 'node:assert/strict';
import { one } from './en-helpers.js';

describe('English: "the campaign of …", "the office of …"', () => {
  it('gives "the campaign of" a named person to that person', () => {
    assert.equal(one('The campaign of Republican Sen. Tomas Whitlow said the plan was a fantasy.', 'said').speaker, 'Tomas Whitlow');
  });

  it('drops a title before the name', () => {
    assert.equal(one('The office of Gov. Bettina Marsh said the bridge would reopen in May.', 'said').speaker, 'Bettina Marsh');
  });

  it('leaves a body whose own name opens with "Office of" alone', () => {
    assert.equal(one('The Office of Rail Statistics said fares rose by 4 percent.', 'said').speaker, 'Office of Rail Statistics');
  });
});
