// What a language module is. The core engine segments the text, pairs quotes
// and detects the language of each sentence; a module finds attributions in
// the sentences of its language. Adding a language = one new module + one
// line in ./index.ts.
import type { Grade, LangCode, SentenceInfo, Span, ExtraLexicon } from '../types.js';

/** A pair of quotation marks. `close` is null when the quote never closes (degraded). */
export interface Quote {
  open: number;
  close: number | null;
  /** End (exclusive) of the closing mark when it is wider than one character (''…''); else close + 1. */
  closeEnd?: number;
  /** The quoted words, without the marks. */
  content: Span;
  /** Nesting depth: 0 for an outer quote. */
  depth: number;
}

/** The shared view of one text that every module reads. */
export interface DocView {
  text: string;
  sentences: SentenceInfo[];
  paragraphs: Span[];
  quotes: Quote[];
}

/** One attribution as a module proposes it; the core adds ids, texts and links. */
export interface Candidate {
  grade: Grade;
  source: Span | null;
  speaker: string | null;
  cue: Span;
  content: Span;
  direct: boolean;
  plural: boolean;
  anonymityReason: Span | null;
  /** Index (into the same module's returned array) of the attribution this one is reported through. */
  via?: number;
}

export interface LanguageIdentity {
  /** Least share of this language's function words among the words of its script (English prose: 0.29 and up). */
  minFunctionShare: number;
  /** A letter the language uses often, and its least share of the script's letters (Russian ы: 0.7-2.3 %). */
  frequent?: { letters: RegExp; minShare: number };
  /** Letters of the script it never uses, and their greatest share (Ukrainian і ї є ґ in Cyrillic). */
  foreign?: { letters: RegExp; maxShare: number };
}

export interface LanguageModule {
  code: LangCode;
  /** Name of the language in English, for the UI. */
  name: string;
  /** Letters of this language's script, for detection. */
  script: RegExp;
  /** Frequent function words (lower case), to tell languages of one script apart. */
  functionWords: ReadonlySet<string>;
  /**
   * What a long text in this language shows, so that text in another language
   * of the same script (Ukrainian or Bulgarian in Cyrillic, French or Czech in
   * Latin letters) is not read with this module's rules.
   */
  identity: LanguageIdentity;
  /** Tokens ending in '.' that do not end a sentence (lower case, with the dot): "mr.", "г.". */
  abbreviations: ReadonlySet<string>;
  /**
   * Find attributions in the given sentences (indices into doc.sentences,
   * ascending). The whole doc is visible for context (coreference, pointers back).
   */
  find(doc: DocView, sentences: number[], extra?: ExtraLexicon): Candidate[];
}
