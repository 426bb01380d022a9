// Russian language module (placeholder until the rules land).
import type { LanguageModule } from '../types.js';

export const russian: LanguageModule = {
  code: 'ru',
  name: 'Russian',
  script: /[\u0400-\u04FF]/,
  functionWords: new Set<string>(),
  abbreviations: new Set<string>(),
  find() {
    return [];
  },
};
