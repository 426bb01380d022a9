// English pictures as sources: "Images shared online appeared to show …" and
// "footage shows that …" report what the pictures are taken to prove, with the
// participle and "online" inside the subject; "Videos posted online showed long
// queues" describes a scene and reports nothing.
import assert from 'node:assert/strict';
import { attributions } from './en-helpers.js';

describe('English: pictures', () => {
  it('reports a hedged "appeared to show" by pictures shared online', () => {
    const t = 'Images shared online appeared to show smoke rising from the depot.';
    const all = attributions(t);
    assert.equal(all.length, 1, JSON.stringify(all));
    assert.equal(all[0]!.source, 'Images shared online');
    assert.equal(all[0]!.kind, 'anonymous');
    assert.equal(all[0]!.content, 'smoke rising from the depot');
  });

  it('reports "footage shows that …"', () => {
    const all = attributions('Footage shows that the driver fled on foot.');
    assert.equal(all.length, 1, JSON.stringify(all));
    assert.equal(all[0]!.content, 'the driver fled on foot');
  });

  it('reports nothing for pictures that only show a scene', () => {
    assert.deepEqual(attributions('Videos posted online showed long queues outside the depot.'), []);
  });
});
