// The engine as a library: text in, attributions out. Pure and DOM-free.
export { analyze, buildDoc } from './analyze.js';
export { summary, speakersMatch, normalizeSpeaker } from './summary.js';
export { LANGUAGES, languageModule } from './lang/index.js';
export * from './types.js';
