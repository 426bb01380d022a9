// The highlight style sheet where ::highlight() cannot draw lines (Firefox 140
// paints only background-color and color in a highlight).
import { strict as assert } from 'node:assert';
import { highlightCss, markCss } from '../../src/page/highlight-style.js';

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
    for (const k of ['named', 'anonymous', 'unattributed']) {
      assert.match(rule(css, `whosaid-${k}`), /^\s*background-color: color-mix\(in srgb, #[0-9a-f]{6} 12%, transparent\);\s*$/, k);
    }
  });

  it('with lines (Chromium, and the wrap fallback\'s marks) the look is unchanged', () => {
    assert.match(rule(highlightCss('default', true), 'whosaid-claim'), /text-decoration: underline solid 1px/);
    assert.match(markCss('underline-only'), /text-decoration: underline dashed 2px/);
  });
});
