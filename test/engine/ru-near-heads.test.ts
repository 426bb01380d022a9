// The head-word scan for named bodies and plants finds exactly what a scan of
// the whole text with the same pattern finds (it only skips where no match can start).
import assert from 'node:assert/strict';
import { matchAllNearHeads } from '../../src/engine/lang/ru/near-heads.js';
import { BODY_HEAD_WORDS, BODY_NAMED, INSTITUTE_HEAD_WORDS, INSTITUTE_NAMED, PLANT_HEAD_WORDS, PLANT_NAMED } from '../../src/engine/lang/ru/source.js';

const plain = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => [m.index, ...m]);
// (A body's name may start three words before its head: "Специализированный межрайонный экономический суд".)
const near = (text: string, heads: RegExp, pattern: RegExp) => matchAllNearHeads(text, heads, pattern, pattern === BODY_NAMED ? 3 : 2).map((m) => [m.index, ...m]);

// A small xorshift generator: the same texts on every run.
function random(seed: number): () => number {
  let x = seed;
  return () => {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

const PIECES = [
  'суд', 'суда', 'Суд', 'думы', 'дума', 'администрации', 'мэрия', 'правительства', 'завод', 'завода', 'комбината', 'фабрики', 'фабрика',
  'Ленинский', 'районный', 'районного', 'городской', 'Городской', 'областного', 'Ольховского', 'шинного', 'Кировский', 'Верхнелужска',
  'Самары', 'Красноозерского', 'района', 'области', 'государство', 'правосудие', 'судья', 'заводской', 'кто-то', 'северо-западный',
  'центра', 'институт', 'университета', 'Томского', 'нейрофизиологии', 'Центральный', 'эпицентр', 'федерального',
  'и', 'в', 'по', 'это', 'города', 'уголовным', 'делам', 'экономический', 'банк', 'Банка', 'банке', 'развития', 'реконструкции', 'Сбербанк', 'банкротство', '«Меридиан»', '—', ',', '.', '-', '\n', '  ', '\u00a0', '😀', '𝔄𝔅', 'районный-', '2024',
];

describe('Russian named bodies, institutes and plants: the scan near head words', () => {
  it('finds the bodies and plants a reader sees, with their words', () => {
    const text = 'Ленинский районный суд Самары вынес решение. Депутаты городской думы Верхнелужска и рабочие Ольховского шинного завода не согласны.';
    assert.deepEqual(near(text, BODY_HEAD_WORDS, BODY_NAMED).map((m) => m[1]), ['Ленинский районный суд Самары', 'городской думы Верхнелужска']);
    const court = 'Дело рассмотрит Специализированный межрайонный экономический суд города Караганды.';
    assert.deepEqual(near(court, BODY_HEAD_WORDS, BODY_NAMED).map((m) => m[1]), ['Специализированный межрайонный экономический суд города Караганды']);
    assert.deepEqual(near(text, PLANT_HEAD_WORDS, PLANT_NAMED).map((m) => m[1]), ['Ольховского шинного завода']);
  });

  it('gives the same matches as a scan of the whole text, on random texts of these words', () => {
    const next = random(20261127);
    for (let n = 0; n < 3000; n++) {
      const len = 1 + Math.floor(next() * 14);
      let text = '';
      for (let k = 0; k < len; k++) {
        text += PIECES[Math.floor(next() * PIECES.length)]!;
        const r = next();
        text += r < 0.7 ? ' ' : r < 0.8 ? '' : r < 0.9 ? '-' : '\t ';
      }
      assert.deepEqual(near(text, BODY_HEAD_WORDS, BODY_NAMED), plain(text, BODY_NAMED), JSON.stringify(text));
      assert.deepEqual(near(text, PLANT_HEAD_WORDS, PLANT_NAMED), plain(text, PLANT_NAMED), JSON.stringify(text));
      assert.deepEqual(near(text, INSTITUTE_HEAD_WORDS, INSTITUTE_NAMED), plain(text, INSTITUTE_NAMED), JSON.stringify(text));
    }
  });
});
