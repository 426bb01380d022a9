// The engine's contract. Offsets are UTF-16 code units into exactly the text
// given to analyze() (see ../shared/corpus/FORMAT.md); everything the
// extension and the CLI show is derived from these types.

export interface Span {
  start: number;
  /** Exclusive. */
  end: number;
}

export interface TextSpan extends Span {
  /** Always text.slice(start, end). */
  text: string;
}

export type LangCode = string; // 'en', 'ru', … (a registered language module)

/** FORMAT.md's three kinds. */
export type Kind = 'named' | 'anonymous' | 'unattributed';

/**
 * A finer grade that readers understand (AP / Reuters sourcing practice).
 * named → person | organization | media | document
 * anonymous → anonymous-described | anonymous-bare | vague-group
 * unattributed → unattributed
 */
export type Grade =
  | 'person'
  | 'organization'
  | 'media'
  | 'document'
  | 'anonymous-described'
  | 'anonymous-bare'
  | 'vague-group'
  | 'unattributed';

export const GRADES: readonly Grade[] = [
  'person', 'organization', 'media', 'document',
  'anonymous-described', 'anonymous-bare', 'vague-group', 'unattributed',
];

export function kindOfGrade(grade: Grade): Kind {
  switch (grade) {
    case 'person': case 'organization': case 'media': case 'document': return 'named';
    case 'unattributed': return 'unattributed';
    default: return 'anonymous';
  }
}

export interface Attribution {
  /** Index of this attribution in Analysis.attributions. */
  id: number;
  kind: Kind;
  /** This mention of the source (a pronoun when the text uses one); null for unattributed. */
  source: TextSpan | null;
  /** Who the source is, canonical: full name for pronouns and short mentions; the phrase for anonymous (an unresolved pronoun: its own words); null only for unattributed. */
  speaker: string | null;
  cue: TextSpan;
  content: Span;
  /** The content is a verbatim quote in quotation marks. */
  direct: boolean;
  grade: Grade;
  /** More than one person or body ("officials", "источники"). */
  plural: boolean;
  /** The text gives a reason for anonymity ("not authorized to speak", "на условиях анонимности"). */
  anonymityReason: TextSpan | null;
  /** id of the attribution this one is reported through (The Guardian citing a source → the source's via is The Guardian). */
  via: number | null;
  /** Language module that found it. */
  lang: LangCode;
}

export interface SentenceInfo extends Span {
  lang: LangCode;
}

export interface AnalyzeOptions {
  /** 'auto' (default) or a registered language code; forces that language for every sentence. */
  lang?: LangCode | 'auto';
  /** A hint such as the page's <html lang>, used when detection is unsure. */
  langHint?: string;
  /** Extra phrases per language from the user's settings (reporting verbs, anonymous-source phrases). */
  extraLexicon?: Partial<Record<LangCode, ExtraLexicon>>;
  /** Stop after this many characters of text (the rest is reported as skipped). Default 2,000,000. */
  maxChars?: number;
}

export interface ExtraLexicon {
  reportingVerbs?: string[];
  anonymousPhrases?: string[];
}

export interface Analysis {
  /** Main language of the text (most characters); for an unsupported text, the page's declared language or 'und'. */
  lang: LangCode;
  /** false: the text is in a language no module reads (no attributions are looked for). */
  supported: boolean;
  /** Character count per detected language. */
  langs: Record<LangCode, number>;
  length: number;
  attributions: Attribution[];
  sentences: SentenceInfo[];
  /** Characters not analyzed (beyond maxChars); 0 normally. */
  skippedChars: number;
}

export interface Claim {
  attribution: number;
  content: Span;
  excerpt: string;
  direct: boolean;
}

export interface SpeakerSummary {
  speaker: string;
  kind: Kind;
  grade: Grade;
  /** Number of attributions (mentions) merged into this speaker. */
  count: number;
  /** Surface forms seen ("Путина", "he", …). */
  mentions: string[];
  claims: Claim[];
  anonymityReason: boolean;
}

export interface Summary {
  lang: LangCode;
  speakers: SpeakerSummary[];
  totals: {
    attributions: number;
    /** Distinct speakers (unattributed hedges not counted as a source). */
    sources: number;
    /** Distinct claims (content spans) attributed. */
    claims: number;
    named: number;
    anonymous: number;
    unattributed: number;
  };
  /** Share of claims resting only on anonymous sources, 0..1. */
  anonymousShare: number;
  /** Share of claims resting only on unattributed hedges, 0..1. */
  unattributedShare: number;
  /** Citation chains, outermost reporter first: ["Zakon.kz", "The Guardian", "источник среди американских чиновников"]. */
  chains: { speakers: string[]; attributions: number[] }[];
}
