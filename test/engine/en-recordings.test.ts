// English: a voice on a recording — "X can be heard saying that …", "is seen telling", "was recorded saying" —
// is X's report. Sentences written for these tests.
import assert from 'node:assert/strict';
import { attributions, one } from './en-helpers.js';

describe('English: voices on recordings', () => {
  it('gives "can be heard saying that …" to the person heard', () => {
    const t = 'In the clip, councillor Ravi Menon can be heard saying that “the tender is already decided”.';
    const a = one(t, 'saying');
    assert.equal(a.speaker, 'Ravi Menon');
    assert.equal(a.content, 'the tender is already decided');
  });

  it('reads "is seen telling" and "was recorded saying" the same way', () => {
    assert.equal(one('In the footage, the officer is seen telling the driver that he would be arrested.', 'telling').source, 'the officer');
    assert.equal(one('Menon was recorded saying the contract had been signed in March.', 'saying').speaker, 'Menon');
  });

  it('does not read other things people are seen doing as reports', () => {
    assert.equal(attributions('Fans were seen singing outside the ground long after the final whistle.').length, 0);
  });
});
