// "The company" points back to a business, never to a seat of learning or care whose name opens with its kind before
// "of"/"for" ("University of Harwell", "College of Surgeons"), even when the story's town, named just before, is the
// short form of that name.
import assert from 'node:assert/strict';
import { one } from './en-helpers.js';

describe('English: "the company" is no university', () => {
  it('the town named last does not lend "the company" the university named after it', () => {
    const t = 'HARWELL — A bus left a depot in Harwell ten minutes early on Friday. Fenmoor Rail said a driver had misread the rota.\n\n'
      + '“It should never happen,” a company official told reporters at a news conference in Harwell city.\n\n'
      + 'According to the company, the driver was new to the route. He has been suspended, it said.\n\n'
      + 'Ann Pike, a lecturer at the University of Harwell, said the rules were strict.';
    assert.equal(one(t, 'According to').speaker, 'Fenmoor Rail');
  });
});
