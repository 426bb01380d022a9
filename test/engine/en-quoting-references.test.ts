// English: police appeals end "…, quoting reference QP2411234": the reference
// to give in a call is no source quoted; "quoting a police source" still is.
import assert from 'node:assert/strict';
import { attributions } from './en-helpers.js';

describe('English: "quoting" a reference number', () => {
  it('reports nothing', () => {
    const t = 'Anyone with information is asked to contact Crime Stoppers on 0800 555 111, quoting reference QP2411234.';
    assert.deepEqual(attributions(t).filter((a) => a.cue === 'quoting'), []);
  });

  it('still quotes a source', () => {
    const t = 'The paper said, quoting a police source, that the man had fled.';
    assert.equal(attributions(t).find((a) => a.cue === 'quoting')?.source, 'a police source');
  });
});
