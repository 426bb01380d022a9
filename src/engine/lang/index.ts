// The one registry of language modules.
import type { LanguageModule } from './types.js';
import { english } from './en/index.js';
import { russian } from './ru/index.js';

export const LANGUAGES: readonly LanguageModule[] = [english, russian];

export function languageModule(code: string): LanguageModule | undefined {
  const base = code.toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((m) => m.code === base);
}

export type { LanguageModule, DocView, Candidate, Quote } from './types.js';
