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
    assert.deepEqual(split('John F. Kennedy spoke. Then J. Edgar Hoover spoke.'), ['John F. Kennedy spoke.', 'Then J. Edgar Hoover spoke.']);
  });
  it('does not split before a lower-case word after a dotted abbreviation', () => {
    assert.deepEqual(split('Two U.S. officials said the talks failed. Nobody else spoke.'), ['Two U.S. officials said the talks failed.', 'Nobody else spoke.']);
  });
  it('splits after a dotted abbreviation that ends a sentence', () => {
    assert.deepEqual(split('He moved to the U.S. He never returned.'), ['He moved to the U.S.', 'He never returned.']);
    assert.deepEqual(split('The band toured the U.K. Fans queued for hours.'), ['The band toured the U.K.', 'Fans queued for hours.']);
  });
  it('keeps a country abbreviation with the body it names', () => {
    assert.deepEqual(split('A spokeswoman for the U.S. Embassy in Riga said the visas were delayed. Nobody else spoke.'),
      ['A spokeswoman for the U.S. Embassy in Riga said the visas were delayed.', 'Nobody else spoke.']);
    assert.deepEqual(split('On Friday the U.S. Consumer Product Safety Commission announced a recall of the heaters.'),
      ['On Friday the U.S. Consumer Product Safety Commission announced a recall of the heaters.']);
    assert.deepEqual(split('The U.K. Foreign Office said it was aware of the arrest.'), ['The U.K. Foreign Office said it was aware of the arrest.']);
    assert.deepEqual(split('Talks stalled at the U.N. Security Council on Tuesday.'), ['Talks stalled at the U.N. Security Council on Tuesday.']);
  });
  it('keeps titles, months and state abbreviations inside the sentence', () => {
    assert.deepEqual(split('Sen. Mitch Hale (R-Ky.) met Gen. Ward on Jan. 5 in Calif. last year. He left.'), ['Sen. Mitch Hale (R-Ky.) met Gen. Ward on Jan. 5 in Calif. last year.', 'He left.']);
    assert.deepEqual(split('Gov. Chris Dale, R-N.J., said so. Then he left.'), ['Gov. Chris Dale, R-N.J., said so.', 'Then he left.']);
  });
  it('treats "No." as an abbreviation only before a number', () => {
    assert.deepEqual(split('See No. 5 on the list.'), ['See No. 5 on the list.']);
    assert.deepEqual(split('He said no. She left.'), ['He said no.', 'She left.']);
  });
  it('keeps a clock time with its weekday', () => {
    assert.deepEqual(split('The vote is at 10 a.m. Monday in the hall.'), ['The vote is at 10 a.m. Monday in the hall.']);
  });
  it('keeps a quoted question with its lower-case cue', () => {
    assert.deepEqual(split('“Is it over?” she asked. “No.”'), ['“Is it over?” she asked.', '“No.”']);
    assert.deepEqual(split('«Что это?» — спросил он. Потом ушёл.'), ['«Что это?» — спросил он.', 'Потом ушёл.']);
  });
  it('knows Russian abbreviations: г., т.е., им.', () => {
    assert.deepEqual(split('В 2020 г. он уехал. Потом вернулся.'), ['В 2020 г. он уехал.', 'Потом вернулся.']);
    assert.deepEqual(split('Он сказал, т.е. согласился. Потом ушёл.'), ['Он сказал, т.е. согласился.', 'Потом ушёл.']);
  });
  it('bounds very long sentences', () => {
    const t = 'word '.repeat(5000);
    const s = sentences(t, paragraphs(t), new Set());
    assert.ok(s.length >= 12);
    assert.ok(s.every((x) => x.end - x.start <= 2000));
  });
});

describe('countBelow (sorted-list search)', () => {
  it('gives the insertion point of a position', async () => {
    const { countBelow } = await import('../../src/engine/sorted.js');
    const list = [{ at: 2 }, { at: 5 }, { at: 5 }, { at: 9 }];
    const key = (x: { at: number }) => x.at;
    assert.deepEqual([0, 2, 3, 5, 6, 9, 10].map((v) => countBelow(list, v, key)), [0, 0, 1, 1, 3, 3, 4]);
    assert.equal(countBelow([], 4, key), 0);
  });
});
