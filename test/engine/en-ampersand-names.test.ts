// English names joined by an ampersand ("Marks & Spencer", "Procter & Gamble",
// "Dunmore & Pratt"): one name, not its last word. The speaker was "Spencer",
// and "a spokesman for Marks & Spencer" was an unnamed source.
import assert from 'node:assert/strict';
import { attributions } from './en-helpers.js';

describe('English: names with an ampersand', () => {
  it('keeps the whole name as the speaker', () => {
    const all = attributions('Harbury & Vale said on Tuesday that its sales had risen by 4 per cent.');
    assert.equal(all.length, 1, JSON.stringify(all));
    assert.equal(all[0]!.speaker, 'Harbury & Vale');
  });

  it('resolves a later short form to the whole name', () => {
    const all = attributions('Northline & Vale said it would close ten stores. Northline said the leases had run out.');
    assert.deepEqual(all.map((a) => a.speaker), ['Northline & Vale', 'Northline & Vale']);
  });

  it('lets a spokesperson speak for a body so named', () => {
    const all = attributions('A spokeswoman for Kettle & Crane said the company would appeal the ruling.');
    assert.equal(all.length, 1, JSON.stringify(all));
    assert.equal(all[0]!.kind, 'named');
    assert.equal(all[0]!.speaker, 'Kettle & Crane');
  });

  it('does not join words around an ampersand that are not names', () => {
    const all = attributions('Sales & marketing staff were told on Monday, the union said.');
    assert.ok(all.every((a) => !/&/.test(a.speaker ?? '')), JSON.stringify(all));
  });
});
