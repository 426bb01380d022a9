import assert from 'node:assert/strict';
import { paragraphs, sentences } from '../../src/engine/segment.js';
import { buildDoc } from '../../src/engine/analyze.js';

const split = (text: string) => buildDoc(text).sentences.map((s) => text.slice(s.start, s.end));

describe('segmentation', () => {
  it('keeps paragraphs apart and trims them', () => {
    const t = '  First para.\n\nSecond para.  \nThird line.';
    assert.deepEqual(paragraphs(t).map((p) => t.slice(p.start, p.end)), ['First para.', 'Second para.', 'Third line.']);
  });
  it('does not split after initials', () => {
    assert.deepEqual(split('В. Путин встретился с Дж. Байденом. Потом он уехал.'), ['В. Путин встретился с Дж. Байденом.', 'Потом он уехал.']);
  });
  it('does not split before a lower-case word after a dotted abbreviation', () => {
    assert.deepEqual(split('Two U.S. officials said the talks failed. Nobody else spoke.'), ['Two U.S. officials said the talks failed.', 'Nobody else spoke.']);
  });
  it('bounds very long sentences', () => {
    const t = 'word '.repeat(5000);
    const s = sentences(t, paragraphs(t), new Set());
    assert.ok(s.length >= 12);
    assert.ok(s.every((x) => x.end - x.start <= 2000));
  });
});
