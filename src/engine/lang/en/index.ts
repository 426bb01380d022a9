// English language module: lexicons in ./lexicon, rules in ./find.ts.
import type { LanguageModule } from '../types.js';
import { FUNCTION_WORDS, ABBREVIATIONS } from './lexicon/words.js';
import { findEnglish } from './find.js';

export const english: LanguageModule = {
  code: 'en',
  name: 'English',
  script: /[A-Za-z]/,
  functionWords: FUNCTION_WORDS,
  // English news prose: 29-42 % function words; French, Spanish, Portuguese, Czech prose: 0-4 %.
  identity: { minFunctionShare: 0.12 },
  abbreviations: ABBREVIATIONS,
  find: findEnglish,
};
