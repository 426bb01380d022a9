// A body named for the office-holders who sit on it ("the Council of Governors", "the Board of Bishops") is one named
// body: the plural after a capitalised body noun and "of" completes the name; it is no unnamed group of people.
import assert from 'node:assert/strict';
import { analyze } from '../../src/engine/index.js';

function kindOf(text: string, cue: string) {
  const all = analyze(text, { lang: 'en' }).attributions.filter((a) => a.cue.text === cue);
  assert.equal(all.length, 1);
  return { kind: all[0]!.kind, speaker: all[0]!.speaker };
}

describe('English: bodies named for their office-holders', () => {
  it('"The Council of Governors" is a named body', () => {
    const t = 'Teachers stayed home on Friday. The Council of Governors has long warned that school grants were arriving late.';
    assert.deepEqual(kindOf(t, 'warned'), { kind: 'named', speaker: 'Council of Governors' });
  });

  it('"the Board of Directors" too', () => {
    const t = 'The shares fell 4 percent after the Board of Directors said the dividend would be halved.';
    assert.deepEqual(kindOf(t, 'said'), { kind: 'named', speaker: 'Board of Directors' });
  });

  it('office-holders on their own stay an unnamed group', () => {
    const t = 'Several governors said on Monday that school grants were arriving late.';
    assert.equal(kindOf(t, 'said').kind, 'anonymous');
  });
});
