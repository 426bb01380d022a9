// Phrasing of war updates and competing claims: the writer's "apparently",
// a governor known only by role and place, bloggers who "posted videos that
// they said showed …". Every sentence here is our own.
import assert from 'node:assert/strict';
import { attributions, one } from './en-helpers.js';

describe('English: the writer\'s "apparently"', () => {
  it('"was apparently also hit" marks the clause as unconfirmed', () => {
    const a = one('A fuel depot near the plant was apparently also hit.', 'apparently');
    assert.equal(a.kind, 'unattributed');
    assert.equal(a.content, 'A fuel depot near the plant was apparently also hit');
  });

  it('is no hedge before a stance of a named person, nor inside a quotation', () => {
    assert.deepEqual(attributions('Senator Hale apparently disagrees with her former boss.'), []);
    assert.deepEqual(attributions('“He was apparently drunk,” she said.').filter((a) => a.cue === 'apparently'), []);
  });
});

describe('English: a role described with its place', () => {
  it('"the governor of the Bryansk region" is not the person who spoke before', () => {
    const t = 'A brigade spokesman, Captain Ivan Lys, said units had entered the village. In Russia, the governor of the Bryansk region said a drone had struck a substation.';
    assert.equal(attributions(t).find((a) => a.source === 'the governor of the Bryansk region')?.speaker, 'governor of the Bryansk region');
  });
});

describe('English: "they" after a group named in the same sentence', () => {
  it('"bloggers posted videos that they said showed the strike"', () => {
    const t = 'The defence ministry said its forces had taken the village. Military bloggers posted videos that they said showed the strike.';
    const all = attributions(t);
    assert.deepEqual(all.map((a) => [a.cue, a.speaker, a.content]), [
      ['said', 'defence ministry', 'its forces had taken the village'],
      ['said', 'Military bloggers', 'showed the strike'],
    ]);
  });

  it('what is posted is a thing unless a clause or a quotation follows', () => {
    assert.deepEqual(attributions('Fans posted photos of the match on Instagram.'), []);
    assert.equal(one('Councillor Ann Roe posted on X that the crossing was unsafe.', 'posted').content, 'the crossing was unsafe');
  });
});

describe('English: war updates, the writer\'s note and the general staff', () => {
  it('"…, a claim Kyiv has not confirmed" is the writer\'s note, no part of the ministry\'s claim', () => {
    const a = one("Russia's defence ministry says its forces have captured the village of Orlivka, a claim Kyiv has not confirmed.", 'says');
    assert.equal(a.content, 'its forces have captured the village of Orlivka');
  });

  it('"Ukraine\'s General Staff" is a body, not a general named Staff', () => {
    const a = one("Ukraine's General Staff said its troops had repelled 34 attacks.", 'said');
    assert.equal(a.grade, 'organization');
    assert.equal(a.speaker, 'General Staff');
  });
});
