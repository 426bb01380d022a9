// "She and her defenders argue …": a pronoun joined to the people around its person.
// Every sentence here is our own.
import assert from 'node:assert/strict';
import { attributions } from './en-helpers.js';

const text = 'Mayor Lucia Brandt has denied any wrongdoing. She and her allies argue that the contracts were fairly awarded. '
  + 'They note that an audit found no fault.';

describe('English: "She and her allies argue"', () => {
  it('takes the whole phrase for the source and the pronoun’s person for the speaker', () => {
    const a = attributions(text).find((x) => x.cue === 'argue');
    assert.equal(a?.source, 'She and her allies');
    assert.equal(a?.speaker, 'Lucia Brandt');
  });

  it('gives the "they" after it to the same speaker', () => {
    assert.equal(attributions(text).find((x) => x.source === 'They')?.speaker, 'Lucia Brandt');
  });
});

describe('English: "Prof X and two colleagues argue"', () => {
  it('gives the claim to the named first half, the colleagues counted with them', () => {
    const a = attributions('Prof Ines Harrow of Kelmouth University and two colleagues argue that the marks were made by metal blades.').find((x) => x.cue === 'argue');
    assert.equal(a?.source, 'Prof Ines Harrow of Kelmouth University and two colleagues');
    assert.equal(a?.kind, 'named');
    assert.equal(a?.speaker, 'Ines Harrow');
  });
});
