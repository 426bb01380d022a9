// A study speaks through its named lead: "a team of astronomers" (an indefinite team of scientists), the headline's
// "…, study suggests", and "the paper" or "the study" below, once the story names who led the work ("the researchers,
// led by X"). With no lead named they stay unnamed.
import assert from 'node:assert/strict';
import { attributions, one } from './en-helpers.js';

const story = 'Ancient lake may have covered Sahara’s west, study suggests\n\n'
  + 'NOUAKCHOTT — A lake the size of Belgium filled a basin in western Mauritania 9,000 years ago, a team of geologists in Spain says.\n\n'
  + 'In a paper posted online on Tuesday, the researchers, led by Marta Ibarra of the University of Granada, write that shorelines are still visible.\n\n'
  + 'The lake dried out within a few centuries, the paper says.';

describe('English: a study’s team and paper speak as its lead', () => {
  it('"a team of geologists" is the lead the story names', () => {
    const all = ['suggests', 'write'].map((c) => one(story, c).speaker);
    assert.deepEqual(all, ['Marta Ibarra', 'Marta Ibarra']);
  });

  it('the lede team and "the paper" take the lead too', () => {
    const t1 = story.replace('the paper says', 'the article notes');
    assert.equal(one(t1, 'says').speaker, 'Marta Ibarra');
    const t2 = story.replace(', a team of geologists in Spain says', '');
    assert.equal(one(t2, 'says').speaker, 'Marta Ibarra');
  });

  it('"the paper says" after the lede is the lead as well', () => {
    const says = attributions(story).filter((a) => a.cue === 'says').map((a) => [a.source, a.speaker]);
    assert.deepEqual(says, [['a team of geologists in Spain', 'Marta Ibarra'], ['the paper', 'Marta Ibarra']]);
  });

  it('with no lead named, the team stays unnamed', () => {
    const t = 'A lake filled a basin in western Mauritania 9,000 years ago, a team of geologists in Spain says.';
    assert.equal(one(t, 'says').kind, 'anonymous');
  });
});
