// A story whose lead names no country, but which cites a national body of a
// country with one national police force ("the NZ Transport Agency"), is set
// in that country: "Police said" there is that country's force.
import assert from 'node:assert/strict';
import { attributions, one } from './en-helpers.js';

describe('English: the country of a national body a story cites', () => {
  it('"Police told the court" in a story citing the NZ Transport Agency is New Zealand Police', () => {
    const t = 'A Taupo woman was fined for dangerous driving on Friday.\n\nPolice told the court she had been clocked at 190km/h on a wet road. The NZ Transport Agency is reviewing the speed limit on the highway.';
    const a = one(t, 'told');
    assert.equal(a.kind, 'named');
    assert.equal(a.speaker, 'New Zealand Police');
  });

  it('a body spelt with the full country name counts too: "Kenya Revenue Authority"', () => {
    const t = 'Two men were arrested at a warehouse in Mombasa on Monday.\n\nPolice said the men had hidden cigarettes in sacks of rice.\n\nThe Kenya Revenue Authority said the goods were worth millions.';
    const police = attributions(t).find((a) => a.source === 'Police');
    assert.equal(police?.speaker, 'Kenya Police');
  });

  it('a country merely mentioned is no setting: "flew in from New Zealand" leaves police unnamed', () => {
    const t = 'A man was arrested at the airport on Monday.\n\nHe was held overnight.\n\nPolice said he had flown in from New Zealand with a forged passport.';
    assert.equal(one(t, 'said').kind, 'anonymous');
  });
});
