// English advice to an addressee: "warned residents to stay indoors", "advised
// passengers to keep …" report the advice with its addressee, as "urged
// residents to …" does; "advised the campaign on strategy" reports nothing.
import assert from 'node:assert/strict';
import { attributions } from './en-helpers.js';

describe('English: advice with an addressee and an infinitive', () => {
  for (const [t, cue, content] of [
    ['Coastguard officer Tom Abara warned swimmers to stay out of the water.', 'warned', 'swimmers to stay out of the water'],
    ['Dr Ann Burke advised hikers to carry two litres of water.', 'advised', 'hikers to carry two litres of water'],
    ['Dr Ann Burke advised them to carry two litres of water.', 'advised', 'them to carry two litres of water'],
  ] as const) {
    it(`reports "${content}"`, () => {
      const all = attributions(t);
      assert.equal(all.length, 1, JSON.stringify(all));
      assert.equal(all[0]!.cue, cue);
      assert.equal(all[0]!.content, content);
    });
  }

  it('reports nothing for advice on a topic', () => {
    assert.deepEqual(attributions('Ann Burke advised the campaign on strategy.'), []);
  });
});
