// English language module: lexicons in ./lexicon, rules in ./find.ts.
import type { LanguageModule } from '../types.js';
import { FUNCTION_WORDS, ABBREVIATIONS } from './lexicon/words.js';
import { findEnglish } from './find.js';

export const english: LanguageModule = {
  code: 'en',
  name: 'English',
  script: /[A-Za-z]/,
  functionWords: FUNCTION_WORDS,
  abbreviations: ABBREVIATIONS,
  find: findEnglish,
};
