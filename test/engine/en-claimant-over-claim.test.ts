// "The company" after a company spoke: a body named inside that company's claim ("would appeal to the EU's court",
// "would sue the regulator") is what the claim is about; the company that spoke is the one meant.
import assert from 'node:assert/strict';
import { attributions } from './en-helpers.js';

describe('English: the body that spoke, not the body named in its claim', () => {
  it('"the company" after "X said it would appeal to the EU’s court"', () => {
    const t = 'Brightpack, which received the largest fine, said it would appeal to the EU’s General Court.\n\n'
      + '“The findings are wrong,” the company said in a statement.';
    const a = attributions(t).find((x) => x.source === 'the company');
    assert.equal(a?.speaker, 'Brightpack');
  });
});
