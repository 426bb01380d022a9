// The highlight style sheet where ::highlight() cannot draw lines (Firefox 140
// paints only background-color and color in a highlight).
import { strict as assert } from 'node:assert';
import { contrast } from './contrast.test.js';
import { BAND_PATTERNS, bandPieces, highlightCss, markCss } from '../../src/page/highlight-style.js';

const rule = (css: string, name: string) => new RegExp(`::highlight\\(${name}\\) \\{([^}]*)\\}`).exec(css)?.[1] ?? '';

describe('highlight style without lines (Firefox)', () => {
  it('claims get a faint tint instead of the underline that alone marked them', () => {
    const css = highlightCss('default', false);
    assert.doesNotMatch(css, /text-decoration/);
    assert.match(rule(css, 'whosaid-claim'), /background-color: color-mix\(in srgb, currentColor \d+%, transparent\)/);
    assert.match(rule(css, 'whosaid-named'), /background-color: rgba\(47, 125, 225/);
  });

  it('"underlines only" gets light tints, else nothing would show; the text keeps its own colour', () => {
    const css = highlightCss('underline-only', false);
    for (const k of ['named', 'anonymous']) {
      assert.match(rule(css, `whosaid-${k}`), /^\s*background-color: color-mix\(in srgb, #[0-9a-f]{6} 12%, transparent\);\s*$/, k);
    }
  });

  it('with lines (Chromium, and the wrap fallback\'s marks) the look is unchanged', () => {
    assert.match(rule(highlightCss('default', true), 'whosaid-claim'), /text-decoration: underline solid 1px/);
    assert.match(markCss('underline-only'), /text-decoration: underline dashed 2px/);
  });
});

describe('highlight patterns without lines (Firefox): kinds apart without colour', () => {
  const pieces = (text: string, k: keyof typeof BAND_PATTERNS) => bandPieces(text, 0, text.length, BAND_PATTERNS[k]!).map(([a, b]) => text.slice(a, b));

  it('named is a solid band, anonymous dashed, unattributed dotted: no two kinds alike', () => {
    assert.equal(BAND_PATTERNS.named, null);
    const { anonymous: a, unattributed: u } = BAND_PATTERNS;
    assert.ok(a && u && (a.on !== u.on || a.off !== u.off || a.band !== u.band));
    assert.deepEqual(pieces('sources said', 'anonymous'), ['sou', 'ces', 'sai']);
    assert.deepEqual(pieces('reportedly', 'unattributed'), ['r', 'o', 'e', 'y']);
    // A one-word cue shows its pattern too (every kind's source and cue can be one word).
    assert.notDeepEqual(pieces('said', 'anonymous'), ['said']);
    assert.notDeepEqual(pieces('said', 'unattributed'), ['said']);
  });

  it('pieces never split a letter from its combining mark or a surrogate pair, nor tint a space', () => {
    const text = 'и\u0306од \u{1D400}\u{1D401}x  по данным';
    const out = bandPieces(text, 0, text.length, { on: 1, off: 1, band: false });
    for (const [a, b] of out) {
      const piece = text.slice(a, b);
      assert.doesNotMatch(piece, /\s/);
      assert.doesNotMatch(piece, /^\p{M}/u, piece);
      assert.ok(!/[\uD800-\uDBFF]$/.test(piece) && !/^[\uDC00-\uDFFF]/.test(piece), JSON.stringify(piece));
    }
    assert.ok(out.some(([a, b]) => text.slice(a, b) === 'и\u0306'));
    // Offsets are into the whole text when the span starts later.
    assert.deepEqual(bandPieces('xx said', 3, 7, BAND_PATTERNS.anonymous!), [[3, 6]]);
  });

  /** An rgba() or color-mix(in srgb, #hex N%, transparent) tint as [r, g, b, alpha]. */
  function tint(decl: string): [number, number, number, number] {
    const rgba = /rgba\((\d+), (\d+), (\d+), ([\d.]+)\)/.exec(decl);
    if (rgba) return [+rgba[1]!, +rgba[2]!, +rgba[3]!, +rgba[4]!];
    const mix = /color-mix\(in srgb, #([0-9a-f]{6}) (\d+)%, transparent\)/.exec(decl);
    assert.ok(mix, `a tint: ${decl}`);
    const hex = mix[1]!;
    return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)).concat(+mix[2]! / 100) as [number, number, number, number];
  }
  const over = (bg: number[], [r, g, b, a]: number[]) => [r!, g!, b!].map((c, i) => Math.round(c * a! + bg[i]! * (1 - a!)));
  const hex = (c: number[]) => `#${c.map((x) => x.toString(16).padStart(2, '0')).join('')}`;

  for (const style of ['default', 'colorblind', 'underline-only'] as const) {
    it(`${style}: text keeps 4.5:1 on every tint, over a claim's tint too, on light and dark pages`, () => {
      const css = highlightCss(style, false);
      const decl = (name: string) => /background-color: ([^;]+);/.exec(rule(css, name))?.[1] ?? 'transparent';
      const layers: Record<string, number[][]> = {
        named: [tint(decl('whosaid-named'))],
        anonymous: [tint(decl('whosaid-anonymous'))],
        unattributed: [tint(decl('whosaid-unattributed')), tint(decl('whosaid-unattributed-dots'))],
      };
      for (const [page, fg] of [[[255, 255, 255], [27, 27, 31]], [[18, 18, 18], [232, 232, 232]]] as const) {
        // The claim's tint is 10 % of the text's own colour, under the sources' and cues'.
        const claim = over([...page], [...fg, 0.1]);
        for (const [kind, list] of Object.entries(layers)) {
          for (const base of [[...page], claim]) {
            const bg = list.reduce((c, l) => over(c, l), base);
            const ratio = contrast(hex([...fg]), hex(bg));
            assert.ok(ratio >= 4.5, `${kind} on ${hex([...page])}: ${ratio.toFixed(2)}`);
          }
        }
      }
    });
  }
});
