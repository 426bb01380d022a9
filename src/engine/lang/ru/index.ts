// Russian language module: lexicons in ./lexicon, the cue scan in ./find.ts.
import type { LanguageModule } from '../types.js';
import { ABBREVIATIONS, FUNCTION_WORDS } from './lexicon/words.js';
import { RussianFinder } from './find.js';

export const russian: LanguageModule = {
  code: 'ru',
  name: 'Russian',
  script: /[\u0400-\u04FF]/,
  functionWords: new Set(FUNCTION_WORDS),
  abbreviations: new Set(ABBREVIATIONS),
  find(doc, sentences, extra) {
    if (!sentences.length) return [];
    return new RussianFinder(doc, sentences, extra).run();
  },
};
