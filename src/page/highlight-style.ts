// How highlights look. Kinds differ by underline style as well as colour
// (solid / dashed / dotted, thin for claims), so they stay apart without
// colour vision; backgrounds are translucent tints, so the page's own text
// colour (and its contrast) is kept on light and dark pages alike.
import type { HighlightStyle } from '../shared/types.js';

export type HighlightKind = 'named' | 'anonymous' | 'unattributed' | 'claim';
export const HIGHLIGHT_KINDS: readonly HighlightKind[] = ['named', 'anonymous', 'unattributed', 'claim'];

/** Names in the page's highlight registry (CSS.highlights). */
export const HIGHLIGHT_NAMES: Record<HighlightKind | 'dots' | 'focus', string> = {
  named: 'whosaid-named',
  anonymous: 'whosaid-anonymous',
  unattributed: 'whosaid-unattributed',
  claim: 'whosaid-claim',
  /** The dots drawn on the unattributed band where highlights draw no lines (BAND_PATTERNS). */
  dots: 'whosaid-unattributed-dots',
  focus: 'whosaid-focus',
};

/** The element that wraps text when the Custom Highlight API is missing. */
export const MARK_TAG = 'whosaid-mark';

interface Look { color: string; tint: string; line: string }

const PALETTES: Record<'default' | 'colorblind', Record<Exclude<HighlightKind, 'claim'>, [string, string]>> = {
  default: {
    named: ['#2f7de1', 'rgba(47, 125, 225, 0.20)'],
    anonymous: ['#e07b00', 'rgba(224, 123, 0, 0.24)'],
    unattributed: ['#a35fc7', 'rgba(163, 95, 199, 0.20)'],
  },
  // Okabe–Ito blue / orange / reddish purple.
  colorblind: {
    named: ['#0072b2', 'rgba(0, 114, 178, 0.20)'],
    anonymous: ['#e69f00', 'rgba(230, 159, 0, 0.26)'],
    unattributed: ['#cc79a7', 'rgba(204, 121, 167, 0.24)'],
  },
};

const LINES: Record<HighlightKind, string> = {
  named: 'underline solid 2px',
  anonymous: 'underline dashed 2px',
  unattributed: 'underline dotted 2px',
  claim: 'underline solid 1px',
};

function looks(style: HighlightStyle): Record<HighlightKind, Look> {
  const palette = PALETTES[style === 'colorblind' ? 'colorblind' : 'default'];
  const tint = (t: string) => (style === 'underline-only' ? 'transparent' : t);
  return {
    named: { color: palette.named[0], tint: tint(palette.named[1]), line: LINES.named },
    anonymous: { color: palette.anonymous[0], tint: tint(palette.anonymous[1]), line: LINES.anonymous },
    unattributed: { color: palette.unattributed[0], tint: tint(palette.unattributed[1]), line: LINES.unattributed },
    // Claims: a thin line in the text's own colour, half transparent: subtle on any background.
    claim: { color: 'color-mix(in srgb, currentColor 55%, transparent)', tint: 'transparent', line: LINES.claim },
  };
}

function declarations(l: Look): string {
  return `background-color: ${l.tint}; text-decoration: ${l.line} ${l.color};`;
}

/**
 * Whether ::highlight() draws text-decoration. Firefox 140 paints only colours
 * in a highlight (background-color, color): the underlines that set claims apart
 * (a line, no tint) and the whole "underlines only" style came out as nothing.
 * There is no feature query for it, so the Firefox build says so.
 */
export function highlightsDrawLines(): boolean {
  return typeof __BROWSER__ === 'undefined' || __BROWSER__ !== 'firefox';
}

/** A band of tint drawn in pieces: per word, `on` characters tinted of every `on + off`. */
export interface BandPattern {
  on: number;
  off: number;
  /** The pieces are drawn stronger on a light band over the whole span (HIGHLIGHT_NAMES.dots), not alone. */
  band: boolean;
}

/**
 * Where no line can be drawn, the band's pattern stands in for the line's style,
 * so kinds still differ without colour: named a solid band, anonymous a dashed
 * one (three characters of four: shorter dashes flickered along a long phrase), unattributed a light band with stronger dots
 * (one character of three; dots alone were too faint to see a hedge's extent).
 * Firefox paints a highlight's colours only (no text-decoration, text-shadow or
 * text-stroke, as seen in Firefox 140), but a highlight is any set of ranges.
 */
export const BAND_PATTERNS: Record<HighlightKind, BandPattern | null> = {
  named: null,
  anonymous: { on: 3, off: 1, band: false },
  unattributed: { on: 1, off: 2, band: true },
  claim: null,
};

/**
 * The pieces of text[start, end) a patterned band tints, as [start, end) offsets
 * into `text`: each word on its own (a pattern cut by a space would look like a
 * word boundary), whitespace never tinted, never splitting a character from its
 * combining marks or a surrogate pair.
 */
export function bandPieces(text: string, start: number, end: number, p: BandPattern): [number, number][] {
  const out: [number, number][] = [];
  const word = /\S+/gu;
  const char = /\P{M}\p{M}*/gu;
  const span = text.slice(start, end);
  for (let w = word.exec(span); w; w = word.exec(span)) {
    const chars = [...w[0].matchAll(char)];
    for (let i = 0; i < chars.length; i += p.on + p.off) {
      const first = chars[i]!, last = chars[Math.min(chars.length, i + p.on) - 1]!;
      const a = start + w.index + first.index!, b = start + w.index + last.index! + last[0].length;
      out.push([a, b]);
    }
  }
  return out;
}

/** Tint of a claim where no line can be drawn: faint, in the text's own colour. */
const CLAIM_TINT = 'color-mix(in srgb, currentColor 10%, transparent)';

/**
 * Without lines: each source's tint as before; "underlines only" gets half-strength
 * tints of the line colours instead (nothing shows without a background, and
 * colouring the text would lower its contrast: orange text on white is under 3:1);
 * claims get a faint tint of the text's colour, except in "underlines only".
 */
function colourOnly(k: HighlightKind, l: Look, style: HighlightStyle): string {
  if (k === 'claim') return style === 'underline-only' ? 'background-color: transparent;' : `background-color: ${CLAIM_TINT};`;
  if (BAND_PATTERNS[k]?.band) return `background-color: color-mix(in srgb, ${l.color} 10%, transparent);`;
  return style === 'underline-only' ? `background-color: color-mix(in srgb, ${l.color} 12%, transparent);` : `background-color: ${l.tint};`;
}

/** The dots on a band (BAND_PATTERNS): strong enough to see, light enough for the text's contrast. */
function dots(l: Look): string {
  return `background-color: color-mix(in srgb, ${l.color} 40%, transparent);`;
}

const FOCUS = 'background-color: rgba(255, 200, 0, 0.55); color: #000;';

/** Style sheet for the Custom Highlight API; `lines` false where highlights cannot draw underlines (Firefox). */
export function highlightCss(style: HighlightStyle, lines = highlightsDrawLines()): string {
  const l = looks(style);
  return HIGHLIGHT_KINDS.map((k) => `::highlight(${HIGHLIGHT_NAMES[k]}) { ${lines ? declarations(l[k]) : colourOnly(k, l[k], style)} }`).join('\n')
    + (lines ? '' : `\n::highlight(${HIGHLIGHT_NAMES.dots}) { ${dots(l.unattributed)} }`)
    + `\n::highlight(${HIGHLIGHT_NAMES.focus}) { ${FOCUS} }\n`;
}

/** Attribute of the pieces of a patterned band inside a mark (the options page's preview where lines cannot be drawn). */
export const BAND_PIECE_ATTR = 'data-band';

/**
 * Style sheet for the wrapping fallback: the same look on <whosaid-mark data-kinds="…">.
 * `lines` false gives the look highlights have where they cannot draw lines (the
 * options page's preview in Firefox shows what its pages show): a patterned kind's
 * tint is then on its pieces, <span data-band> inside the mark (bandPieces).
 */
export function markCss(style: HighlightStyle, lines = true): string {
  const l = looks(style);
  const rule = (k: HighlightKind): string => {
    const sel = `${MARK_TAG}[data-kinds~="${k}"]`;
    if (lines) return `${sel} { ${declarations(l[k])} }`;
    const p = BAND_PATTERNS[k];
    if (!p) return `${sel} { ${colourOnly(k, l[k], style)} }`;
    return p.band
      ? `${sel} { ${colourOnly(k, l[k], style)} }\n${sel} [${BAND_PIECE_ATTR}] { ${dots(l[k])} }`
      : `${sel} [${BAND_PIECE_ATTR}] { ${colourOnly(k, l[k], style)} }`;
  };
  return `${MARK_TAG} { display: inline; }\n`
    // Claims first: a source or cue inside a claim keeps its own line.
    + (['claim', 'named', 'anonymous', 'unattributed'] as const).map(rule).join('\n')
    + `\n${MARK_TAG}[data-focus] { ${FOCUS} }\n`;
}
