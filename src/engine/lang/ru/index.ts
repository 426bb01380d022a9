// Russian language module: lexicons in ./lexicon, the cue scan in ./find.ts.
import type { LanguageModule } from '../types.js';
import { ABBREVIATIONS, FUNCTION_WORDS } from './lexicon/words.js';
import { RussianFinder } from './find.js';

export const russian: LanguageModule = {
  code: 'ru',
  name: 'Russian',
  script: /[\u0400-\u04FF]/,
  functionWords: new Set(FUNCTION_WORDS),
  // Bulgarian shares most function words with Russian but has no ы; Ukrainian has no ы and
  // writes і ї є ґ; Belarusian writes і ў, Serbian and Macedonian ј љ њ.
  identity: {
    minFunctionShare: 0.08,
    frequent: { letters: /[ыЫ]/g, minShare: 0.002 },
    foreign: { letters: /[іїєґўјљњђћџѓќѕІЇЄҐЎЈЉЊЂЋЏЃЌЅ]/g, maxShare: 0.01 },
  },
  abbreviations: new Set(ABBREVIATIONS),
  find(doc, sentences, extra) {
    if (!sentences.length) return [];
    return new RussianFinder(doc, sentences, extra).run();
  },
};
