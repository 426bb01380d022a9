// English pronouns after given names of world English news (South Asia,
// Africa, the Arab world, Ireland, New Zealand) that compromise's name list
// lacks: "she" after "Ngozi Okafor" had no woman to go back to, and went to
// the man named nearest.
import assert from 'node:assert/strict';
import { attributions } from './en-helpers.js';

describe('English: pronouns after world first names', () => {
  it('gives "she" to the woman and "he" to the man when neither name is in compromise', () => {
    const t = 'Ngozi Okafor, who runs the clinic, met Emeka Eze on Monday. She said the clinic had run out of insulin. He said the ministry would send more.';
    const all = attributions(t);
    assert.deepEqual(all.map((a) => a.speaker), ['Ngozi Okafor', 'Emeka Eze'], JSON.stringify(all));
  });

  it('reads South Asian and Irish given names the same way', () => {
    const t = 'The producer Vikram Rao and the actor Ananya Iyer spoke after the premiere. She said the shoot had been hard.';
    assert.deepEqual(attributions(t).map((a) => a.speaker), ['Ananya Iyer']);
    const u = 'Cathal Byrne and Aoife Nolan run the farm. She said the price cut would hurt.';
    assert.deepEqual(attributions(u).map((a) => a.speaker), ['Aoife Nolan']);
  });

  it('leaves a name given to both sexes without a gender', () => {
    const t = 'Kiran Patel met Rahul Mehta. She said the talks had gone well.';
    assert.ok(!attributions(t).some((a) => a.speaker === 'Rahul Mehta'));
  });
});
