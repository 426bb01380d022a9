// A capital standing for its government ("Tehran insists", "Moscow denied")
// is that country speaking; seats of power keep their own name. Every
// sentence here is our own.
import assert from 'node:assert/strict';
import { attributions, one } from './en-helpers.js';

describe('English: a capital speaks for its country', () => {
  it('"Tehran insists …" is Iran, a named source', () => {
    const a = one('Tehran insists the tanker broke no rule.', 'insists');
    assert.equal(a.kind, 'named');
    assert.equal(a.source, 'Tehran');
    assert.equal(a.speaker, 'Iran');
  });

  it('reads other capitals the same way, whatever the verb', () => {
    assert.equal(one('Moscow claimed its troops had taken the bridge.', 'claimed').speaker, 'Russia');
    assert.equal(one('Beijing has repeatedly said it wants calm in the strait.', 'said').speaker, 'China');
    assert.equal(one('Kyiv said three drones were shot down overnight.', 'said').speaker, 'Ukraine');
    assert.equal(one('Brussels argues that the levy protects buyers.', 'argues').speaker, 'European Union');
  });

  it('keeps seats of power under their own name', () => {
    assert.equal(one('The Kremlin denied any role in the blast.', 'denied').speaker, 'Kremlin');
    assert.equal(one('Downing Street said the minister had its full support.', 'said').speaker, 'Downing Street');
  });

  it('a person with the capital\'s name stays that person', () => {
    const t = 'Coach Dana Washington was furious. Washington said the referee had lost control.';
    assert.equal(attributions(t).find((a) => a.cue === 'said')?.speaker, 'Dana Washington');
  });

  it('a capital inside a longer source is not the country', () => {
    assert.equal(one('Moscow City Council said the roads were clear.', 'said').speaker, 'Moscow City Council');
  });
});

describe('English: "the Russians" speak as their government', () => {
  it('"The Russians say …", "The North Koreans said …" name the country', () => {
    assert.equal(one('The Russians say the city is a front against terrorism.', 'say').speaker, 'Russia');
    assert.equal(one('The North Koreans said the test was a success.', 'said').speaker, 'North Korea');
  });

  it('the article opening a sentence stays with the people a participle reports for', () => {
    const t = 'The Iranians have used the talks to buy time, saying the tanker broke no rule.';
    assert.equal(one(t, 'saying').speaker, 'Iran');
  });

  it('without "the" a people is a group of people', () => {
    assert.equal(one('Many Russians say the war is unpopular.', 'say').kind, 'anonymous');
    assert.equal(one('Russians say the war is unpopular.', 'say').kind, 'anonymous');
  });

  it('an army that "claims more territory" says nothing', () => {
    assert.deepEqual(attributions('The army claims more territory every week.'), []);
    assert.deepEqual(attributions('The storm claimed the lives of four sailors.'), []);
  });
});
