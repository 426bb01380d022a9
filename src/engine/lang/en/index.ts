// English language module (placeholder until the rules land).
import type { LanguageModule } from '../types.js';

export const english: LanguageModule = {
  code: 'en',
  name: 'English',
  script: /[A-Za-z]/,
  functionWords: new Set<string>(),
  abbreviations: new Set<string>(),
  find() {
    return [];
  },
};
