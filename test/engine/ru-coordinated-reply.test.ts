// A verb that reports only with a что-clause or a quote ("показать",
// "ответить") does not report when it merely follows "и" inside a claim:
// "показал, что водил его в зал и показывал ему трещины".
import assert from 'node:assert/strict';
import { ru } from './ru-helpers.js';

describe('Russian coordinated verbs that need a что-clause', () => {
  it('"… и показывал ей трещины" inside a witness\'s claim is no second report', () => {
    const list = ru('Сторож Илья Кротов показал, что осенью водил инженера на чердак и показывал ему гнилые стропила.');
    assert.deepEqual(list.map((x) => x.cue), ['показал']);
    assert.equal(list[0]!.content, 'осенью водил инженера на чердак и показывал ему гнилые стропила');
  });

  it('with its что-clause it still reports: "… и показал, что …", "… и ответил, что …"', () => {
    const list = ru('Сторож Илья Кротов показал, что видел машину, и показал, что она была синей.');
    assert.equal(list.filter((x) => x.cue === 'показал').length, 2);
    const reply = ru('«Мы готовы», — сказал директор Олег Ступин и ответил, что сроки не сдвинутся.');
    assert.ok(reply.some((x) => x.cue === 'ответил' && x.content === 'сроки не сдвинутся'));
  });
});
