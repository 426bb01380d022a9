// A person introduced in full with a role, just before a quote, is the one its pronoun gives voice to.
// Every sentence here is our own.
import assert from 'node:assert/strict';
import { attributions } from './en-helpers.js';

const text = 'Ortiz was less sure. “It feels like a box being ticked,” he said.\n\n'
  + 'The silence on the issue also troubles Martin Keogh, chairman of the Riverside Tenants Association.\n\n'
  + '“Nobody has knocked on a single door here,” he said.';

describe('English: a person introduced with a role before a quote', () => {
  it('gives the quote after the introduction to the person introduced, though named in the object', () => {
    const he = attributions(text).filter((a) => a.source === 'he');
    assert.equal(he.length, 2);
    assert.equal(he[1]!.speaker, 'Martin Keogh');
  });

  it('keeps the quote before it with its own speaker', () => {
    assert.equal(attributions(text).filter((a) => a.source === 'he')[0]!.speaker, 'Ortiz');
  });

  it('does not take a name inside the last speaker’s own sentence', () => {
    const t = 'Luis Ortiz, who campaigned for Senate nominee Dan Hurley, accused the mayor of lying on Tuesday.\n\n“It is a disgrace,” he said.';
    assert.equal(attributions(t).find((a) => a.source === 'he')?.speaker, 'Luis Ortiz');
  });
});
