// The small card shown on hover or keyboard focus of a highlight: who said
// it, how the source is graded, the cue, the chain it came through, and the
// claim. It lives in a closed shadow root (page styles cannot reach in) and
// is filled with textContent only (page text is never parsed as HTML).
import type { Grade } from '../shared/types.js';
import { BAND_PATTERNS, bandPieces, highlightsDrawLines } from './highlight-style.js';

export interface CardInfo {
  speaker: string | null;
  grade: Grade;
  cue: string;
  /** Outermost reporter first ("The Guardian"), excluding this speaker. */
  via: string[];
  claim: string;
  direct: boolean;
  anonymityReason: string | null;
}

export interface CardLabels {
  grades: Record<Grade, string>;
  via: string;
  unknownSpeaker: string;
  reason: string;
  /** Quotation marks of the UI language, around the cue and a direct quote («…» in Russian). */
  quotes: [string, string];
}

export const ENGLISH_LABELS: CardLabels = {
  grades: {
    person: 'Named person',
    organization: 'Named organization',
    media: 'Media outlet',
    document: 'Document',
    'anonymous-described': 'Anonymous, described',
    'anonymous-bare': 'Anonymous',
    'vague-group': 'Vague group',
    unattributed: 'Unattributed',
  },
  via: 'via',
  unknownSpeaker: 'No source given',
  reason: 'Why anonymous:',
  quotes: ['“', '”'],
};

export const CARD_TAG = 'whosaid-card';
const MAX_CLAIM = 280;

const CSS = `
:host { all: initial; position: fixed; z-index: 2147483647; top: 0; left: 0; }
.card { box-sizing: border-box; max-width: min(360px, calc(100vw - 16px)); padding: 10px 12px;
  font: 13px/1.4 system-ui, sans-serif; color: #1b1b1f; background: #fff; border: 1px solid #8a8a94;
  border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.25); }
@media (prefers-color-scheme: dark) { .card { color: #ececf1; background: #22232a; border-color: #6c6c78; } }
.speaker { font-weight: 600; font-size: 14px; }
.grade { display: inline-block; margin-top: 2px; font-size: 12px; text-transform: uppercase; letter-spacing: .03em; }
.grade[data-kind="named"] { border-bottom: 2px solid #2f7de1; }
.grade[data-kind="anonymous"] { border-bottom: 2px dashed #e07b00; }
.grade[data-kind="unattributed"] { border-bottom: 2px dotted #a35fc7; }
/* Where the page's highlights are bands (no lines: Firefox), the grade wears its kind's band, as on the page. */
.grade[data-look="band"] { border-bottom: none; }
.grade[data-look="band"][data-kind="named"] { background: rgba(47, 125, 225, 0.20); }
.grade[data-look="band"][data-kind="anonymous"] [data-band] { background: rgba(224, 123, 0, 0.24); }
.grade[data-look="band"][data-kind="unattributed"] { background: color-mix(in srgb, #a35fc7 10%, transparent); }
.grade[data-look="band"][data-kind="unattributed"] [data-band] { background: color-mix(in srgb, #a35fc7 40%, transparent); }
.row { margin-top: 6px; }
.cue { font-style: italic; }
.via { opacity: .85; }
.claim { border-left: 3px solid currentColor; padding-left: 8px; opacity: .9; }
[hidden] { display: none; }
`;

function kindOf(grade: Grade): 'named' | 'anonymous' | 'unattributed' {
  if (grade === 'unattributed') return 'unattributed';
  return grade === 'person' || grade === 'organization' || grade === 'media' || grade === 'document' ? 'named' : 'anonymous';
}

export class Card {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private fields: Record<'speaker' | 'grade' | 'cue' | 'via' | 'claim' | 'reason', HTMLElement> | null = null;
  /** The attribution shown, if any. */
  shownId: number | null = null;

  private words: CardLabels | null = null;

  /**
   * `labels` may be a function: the words are then made when a card is
   * first shown (in the extension they come from i18n, whose set-up is not
   * worth paying on pages where no one hovers).
   */
  constructor(
    private readonly doc: Document,
    private readonly labelsOf: CardLabels | (() => CardLabels) = ENGLISH_LABELS,
    /** Whether the page's highlights have lines (else the grade shows its kind's band pattern). */
    private readonly lines = highlightsDrawLines(),
  ) {}

  private get labels(): CardLabels {
    this.words ??= typeof this.labelsOf === 'function' ? this.labelsOf() : this.labelsOf;
    return this.words;
  }

  private build(): void {
    const doc = this.doc;
    const host = doc.createElement(CARD_TAG);
    const root = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = CSS;
    const card = doc.createElement('div');
    card.className = 'card';
    card.setAttribute('role', 'status');
    card.setAttribute('aria-live', 'polite');
    const field = (cls: string) => {
      const el = doc.createElement('div');
      el.className = cls;
      card.append(el);
      return el;
    };
    this.fields = {
      speaker: field('speaker'),
      grade: field('grade'),
      cue: field('row cue'),
      via: field('row via'),
      reason: field('row reason'),
      claim: field('row claim'),
    };
    root.append(style, card);
    this.host = host;
    this.root = root;
  }

  show(info: CardInfo, anchor: { left: number; top: number; bottom: number }, id: number): void {
    if (!this.host) this.build();
    const f = this.fields!;
    f.speaker.textContent = info.speaker ?? this.labels.unknownSpeaker;
    const kind = kindOf(info.grade);
    const grade = this.labels.grades[info.grade];
    const pattern = this.lines ? null : BAND_PATTERNS[kind];
    f.grade.replaceChildren();
    let at = 0;
    for (const [a, b] of pattern ? bandPieces(grade, 0, grade.length, pattern) : []) {
      const piece = this.doc.createElement('span');
      piece.setAttribute('data-band', '');
      piece.textContent = grade.slice(a, b);
      f.grade.append(grade.slice(at, a), piece);
      at = b;
    }
    f.grade.append(grade.slice(at));
    f.grade.setAttribute('data-kind', kind);
    f.grade.setAttribute('data-look', this.lines ? 'line' : 'band');
    const [open, close] = this.labels.quotes;
    f.cue.textContent = `${open}${info.cue}${close}`;
    // A cue of punctuation alone (the colon before a quote: «Лукашенко: «…»») says nothing in quotes.
    f.cue.hidden = !/[\p{L}\p{N}]/u.test(info.cue);
    // Arrows as in the popup's chains ("A ← B": A cites B), outermost reporter first.
    f.via.textContent = info.via.length ? `${this.labels.via} ${info.via.join(' ← ')}` : '';
    f.via.hidden = !info.via.length;
    f.reason.textContent = info.anonymityReason ? `${this.labels.reason} ${info.anonymityReason}` : '';
    f.reason.hidden = !info.anonymityReason;
    const claim = info.claim.length > MAX_CLAIM ? `${info.claim.slice(0, MAX_CLAIM - 1)}…` : info.claim;
    f.claim.textContent = info.direct ? `${open}${claim}${close}` : claim;
    f.claim.hidden = !claim;
    const host = this.host!;
    if (!host.isConnected) this.doc.documentElement.append(host);
    const win = this.doc.defaultView;
    const vw = win?.innerWidth ?? 1024, vh = win?.innerHeight ?? 768;
    const left = Math.max(8, Math.min(anchor.left, vw - 368));
    // Below the line if there is room for the card as filled, else above it.
    const below = anchor.bottom + 6;
    host.style.setProperty('left', `${left}px`, 'important');
    const height = host.getBoundingClientRect?.().height || 160;
    if (below + height + 8 <= vh) {
      host.style.setProperty('top', `${below}px`, 'important');
      host.style.removeProperty('bottom');
    } else {
      host.style.setProperty('top', 'auto', 'important');
      host.style.setProperty('bottom', `${Math.max(8, vh - anchor.top + 6)}px`, 'important');
    }
    this.shownId = id;
  }

  /** The card's text as a reader gets it (tests, accessibility checks). */
  text(): string {
    if (!this.root) return '';
    const f = this.fields!;
    return Object.values(f).filter((e) => !e.hidden).map((e) => e.textContent).join('\n');
  }

  hide(): void {
    this.host?.remove();
    this.shownId = null;
  }

  owns(node: Node): boolean {
    return !!this.host && (node === this.host || this.host.contains(node));
  }

  get element(): HTMLElement | null {
    return this.host;
  }
}
