// "questioned the timing", "questioned the figures": doubt cast on a judgement, a figure or a finding reports that
// doubt, its object the claim (check13/check14 gold); "questioned the suspect" is an interrogation and reports nothing.
import assert from 'node:assert/strict';
import { attributions, one } from './en-helpers.js';

describe('English: questioning a judgement or a figure', () => {
  it('"questioned the timing" after an appositive', () => {
    const t = 'Former striker Dean Moore, now a radio pundit, questioned the timing of the sacking.';
    assert.equal(one(t, 'questioned').speaker, 'Dean Moore');
  });

  it('"questioned the figures"', () => {
    const t = 'Residents questioned the figures on Monday.';
    assert.equal(one(t, 'questioned').content, 'the figures on Monday');
  });

  it('questioning a person reports nothing', () => {
    assert.equal(attributions('Detectives questioned the driver for three hours.').length, 0);
  });
});
