// English questions put by a named speaker: "X asked whether …" in a main clause
// reports the question (the gold annotates it as X's), while a question set as
// the scene of someone else's answer ("When a reporter asked whether …",
// "Asked whether …, she said", "was asked whether") claims nothing.
import assert from 'node:assert/strict';
import { attributions } from './en-helpers.js';

describe('English: questions', () => {
  it('reports a question asked in a main clause by a named speaker', () => {
    for (const [t, speaker, content] of [
      ['Councillor Mira Sood asked whether the bridge would reopen before the winter.', 'Mira Sood', /the bridge would reopen before the winter$/],
      ['Later, the Green councillor, Mira Sood, asked whether the depot had been sold.', 'Mira Sood', /the depot had been sold$/],
      ['Tom Abara asks whether the museum can stay open on Sundays.', 'Tom Abara', /the museum can stay open on Sundays$/],
    ] as const) {
      const all = attributions(t).filter((a) => a.cue === 'asked' || a.cue === 'asks');
      assert.equal(all.length, 1, `${t}: ${JSON.stringify(attributions(t))}`);
      assert.equal(all[0]!.speaker, speaker, t);
      assert.match(all[0]!.content, content, t);
    }
  });

  it('reports nothing for a question that only sets the scene of an answer', () => {
    for (const t of [
      'When a reporter asked whether fares would rise, the mayor smiled.',
      'Asked whether fares would rise, the mayor shook her head.',
      'The mayor was asked whether fares would rise.',
      'After a resident asked if the pool would close, the meeting ended.',
    ]) {
      assert.deepEqual(attributions(t).filter((a) => /^ask/.test(a.cue)), [], t);
    }
  });
});

describe('English: questions put as a demand to know', () => {
  it('reports "demanded to know whether …" and "wanted to know why …" in a main clause', () => {
    for (const [t, speaker, content] of [
      ['Then the leader of the council, Mira Sood, stood up with a letter in her hand and demanded to know whether the depot had been sold.', 'Mira Sood', /the depot had been sold$/],
      ['Councillor Tom Abara wanted to know why the pool had closed.', 'Tom Abara', /why the pool had closed$/],
    ] as const) {
      const all = attributions(t).filter((a) => /to know$/.test(a.cue));
      assert.equal(all.length, 1, `${t}: ${JSON.stringify(attributions(t))}`);
      assert.equal(all[0]!.speaker, speaker, t);
      assert.match(all[0]!.content, content, t);
    }
  });

  it('reports nothing for such a question setting the scene', () => {
    assert.deepEqual(attributions('When residents demanded to know why the pool had closed, the mayor left.'), []);
  });
});
