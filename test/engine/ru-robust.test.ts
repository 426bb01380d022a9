// Bad input never throws and stays bounded — for the Russian module, which
// is called directly here (the engine core catches module errors, which
// would hide a bug).
import assert from 'node:assert/strict';
import { buildDoc } from '../../src/engine/analyze.js';
import { russian } from '../../src/engine/lang/ru/index.js';
import { analyze } from '../../src/engine/index.js';

function run(text: string) {
  const doc = buildDoc(text, { lang: 'ru' });
  const found = russian.find(doc, doc.sentences.map((_, i) => i));
  for (const c of found) {
    for (const s of [c.cue, c.content, c.source, c.anonymityReason]) {
      if (!s) continue;
      assert.ok(s.start >= 0 && s.end <= text.length && s.start <= s.end, `span out of range: ${JSON.stringify(s)}`);
    }
    if (c.via !== undefined) assert.ok(c.via >= 0 && c.via < found.length);
  }
  return found;
}

describe('Russian module on bad input', () => {
  it('empty text and white space', () => {
    assert.deepEqual(run(''), []);
    assert.deepEqual(run('   \n\n  '), []);
  });

  it('text with no punctuation at all', () => {
    const t = 'министр заявил что источник сообщил по словам эксперта '.repeat(2000);
    run(t);
  });

  it('unbalanced and stray quotation marks', () => {
    run('«Мы не уйдем, — сказал он. „Никогда. » “ " « « — заявила она');
    run('»»» ««« „„ “” " — сообщил — , — пишет , по словам');
  });

  it('cues at the very edges of the text', () => {
    run('сообщил');
    run('По словам');
    run('Об этом сообщает');
    run('— сказал он.');
    run('со ссылкой на');
    run('«');
  });

  it('random Unicode', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    let t = '';
    for (let i = 0; i < 20000; i++) t += String.fromCodePoint(Math.floor(rnd() * 0x2FFF));
    run(t);
  });

  it('HTML given as text', () => {
    run('<div class="news"><p>«Цены вырастут», — заявил <b>министр</b>.</p><script>var x = "сообщил";</script></div>');
  });

  it('a long article stays linear: ten times the text takes at most about ten times as long', () => {
    const para = 'Министр обороны Сергей Иванов заявил, что учения продолжатся. «Мы готовы», — сказал он. По словам источника в ведомстве, сроки не изменятся. Сообщается, что в учениях участвуют тысячи военных. Об этом пишет газета «Известия».\n\n';
    const small = para.repeat(60);
    const big = para.repeat(600);
    const time = (t: string) => {
      let best = Infinity;
      for (let i = 0; i < 3; i++) { const t0 = performance.now(); analyze(t, { lang: 'ru' }); best = Math.min(best, performance.now() - t0); }
      return best;
    };
    time(small);
    const a = time(small);
    const b = time(big);
    // Quadratic work would take ~100×; the generous bound keeps a loaded machine from flaking.
    assert.ok(b < a * 40, `10× text took ${(b / a).toFixed(1)}× the time`);
  });
});
