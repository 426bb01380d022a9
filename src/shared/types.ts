// Types shared by every part of the extension (content script, background,
// popup, options) and the CLI. Engine types are re-exported from here so the
// extension imports them from one place.
import type { Analysis, Attribution, Grade, LangCode, Summary } from '../engine/types.js';
export type { Analysis, Attribution, Grade, LangCode, Summary } from '../engine/types.js';

/** What the content script is doing on a page. */
export type PageStateName =
  | 'idle'          // nothing decided yet
  | 'analyzing'     // text sent to the engine
  | 'done'          // highlights shown (possibly zero attributions)
  | 'not-article'   // the page does not look like an article; "run anyway" available
  | 'off'           // the user turned Whosaid off here
  | 'error';        // something failed: see `error`

export interface PageState {
  state: PageStateName;
  url: string;
  title: string;
  /** Main language of the article text, once analyzed. */
  lang: LangCode | null;
  /** false: the article is in a language the engine does not read (`lang` names it, or 'und'); nothing is highlighted. */
  languageSupported: boolean;
  /** The page looked like an article. */
  article: boolean;
  /** Highlights are on in this tab. */
  enabled: boolean;
  /** Characters of article text analyzed. */
  chars: number;
  summary: Summary | null;
  attributions: Attribution[];
  /** Analysis progress on long pages. */
  progress: { done: number; total: number } | null;
  /** Human-readable notes of what was left out (hidden text, limits reached, …), in English (logs, CLI). */
  skipped: string[];
  /** The same notes as data, for the popup to word in the UI language. */
  skipNotes: SkipNote[];
  error: string | null;
}

/** Why part of a page was left out of the analysis. */
export type SkipNote =
  | { reason: 'char-limit'; limit: number }          // text beyond `limit` characters
  | { reason: 'hidden'; count: number };             // hidden or boilerplate elements

/** A skip note in English (the popup words it through _locales instead). */
export function englishSkipNote(n: SkipNote): string {
  switch (n.reason) {
    case 'char-limit': return `text beyond ${n.limit} characters`;
    case 'hidden': return `${n.count} hidden or boilerplate element(s)`;
  }
}

export function emptyPageState(url = '', title = ''): PageState {
  return {
    state: 'idle', url, title, lang: null, languageSupported: true, article: false, enabled: true, chars: 0,
    summary: null, attributions: [], progress: null, skipped: [], skipNotes: [], error: null,
  };
}

export type HighlightStyle = 'default' | 'colorblind' | 'underline-only';

export interface Settings {
  /** Analyze article pages automatically (else only on request). */
  autoHighlight: boolean;
  /** Grades to highlight. */
  grades: Record<Grade, boolean>;
  style: HighlightStyle;
  /** Host names where Whosaid is always on / never runs. */
  alwaysSites: string[];
  neverSites: string[];
  /** Extra phrases per language, used by the engine at once. */
  extraPhrases: Record<string, { reportingVerbs: string[]; anonymousPhrases: string[] }>;
}

export const DEFAULT_SETTINGS: Settings = {
  autoHighlight: true,
  grades: {
    person: true, organization: true, media: true, document: true,
    'anonymous-described': true, 'anonymous-bare': true, 'vague-group': true, unattributed: true,
  },
  style: 'default',
  alwaysSites: [],
  neverSites: [],
  extraPhrases: {},
};

/** Result of the engine for one text, as the background returns it. */
export interface AnalyzeResult {
  analysis: Analysis;
  summary: Summary;
}
