// Bad input never throws and stays bounded in time.
import assert from 'node:assert/strict';
import { analyze, summary } from '../../src/engine/index.js';

function timed(text: string, lang?: string) {
  const t0 = performance.now();
  const a = analyze(text, lang ? { lang } : {});
  const s = summary(a, text);
  return { a, s, ms: performance.now() - t0 };
}

describe('engine robustness', () => {
  it('empty text gives an empty analysis', () => {
    const { a, s } = timed('');
    assert.equal(a.attributions.length, 0);
    assert.equal(a.sentences.length, 0);
    assert.equal(s.totals.attributions, 0);
  });

  it('white space only', () => {
    assert.equal(timed(' \n\n\t  \n').a.attributions.length, 0);
  });

  it('5 MB of text: bounded, and the part past maxChars is reported as skipped', function () {
    this.timeout(60000);
    const para = 'Officials said the plan would fail, according to Mark Ellis. “We are done,” she said.\n\n';
    const text = para.repeat(Math.ceil(5_000_000 / para.length));
    const { a, ms } = timed(text, 'en');
    assert.ok(a.skippedChars > 0);
    assert.equal(a.length + a.skippedChars, text.length);
    assert.ok(a.attributions.length > 1000);
    assert.ok(ms < 45000, `took ${ms} ms`);
  });

  it('text with no punctuation at all', () => {
    const text = Array.from({ length: 20000 }, (_, i) => (i % 13 === 0 ? 'said' : i % 7 === 0 ? 'Smith' : 'word')).join(' ');
    const { a, ms } = timed(text, 'en');
    assert.ok(Array.isArray(a.attributions));
    assert.ok(ms < 5000, `took ${ms} ms`);
    assert.ok(a.sentences.every((s) => s.end - s.start <= 2000));
  });

  it('random Unicode, including lone surrogates and control characters', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    let text = '';
    for (let i = 0; i < 50000; i++) text += String.fromCharCode(Math.floor(rnd() * 0xffff));
    for (const lang of [undefined, 'en', 'ru']) {
      const { a, ms } = timed(text, lang);
      assert.ok(ms < 5000, `took ${ms} ms`);
      for (const x of a.attributions) assert.ok(x.content.end <= text.length);
    }
  });

  it('unbalanced quotes degrade to the paragraph end', () => {
    const text = '“This never closes, Anna Berg said.\n\nShe said the «other one» was fine and ” stray » marks „ too.';
    const { a } = timed(text, 'en');
    for (const x of a.attributions) {
      assert.ok(x.content.start >= 0 && x.content.end <= text.length && x.content.start <= x.content.end);
      if (x.source) assert.equal(text.slice(x.source.start, x.source.end), x.source.text);
    }
  });

  it('HTML given as text', () => {
    const html = '<html><head><script>var said = "x";</script></head><body><p class="a">Officials said <b>the plan</b> failed.</p><div>&nbsp;&quot;Yes,&quot; she said.</div></body></html>';
    const { a } = timed(html.repeat(200), 'en');
    for (const x of a.attributions) assert.equal(html.repeat(200).slice(x.cue.start, x.cue.end), x.cue.text);
  });

  it('offsets always agree with the text they name', () => {
    const text = 'Sen. Ted Marsh (R-Ky.) said the U.S. would act.\n\n“We will,” he said. Officials said so too.\n\nПо словам министра, всё готово.';
    const { a } = timed(text);
    for (const x of a.attributions) {
      assert.equal(text.slice(x.cue.start, x.cue.end), x.cue.text);
      if (x.source) assert.equal(text.slice(x.source.start, x.source.end), x.source.text);
      if (x.anonymityReason) assert.equal(text.slice(x.anonymityReason.start, x.anonymityReason.end), x.anonymityReason.text);
      assert.ok(x.via === null || (x.via >= 0 && x.via < a.attributions.length && x.via !== x.id));
    }
  });
});
