// WCAG contrast of the popup's and options page's colour pairs, light and
// dark, read from the style sheets themselves (so a colour change is checked).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { BADGE_COLORS } from '../../src/extension/badge.js';

function luminance(hex: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(m[1]!.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

/** The custom properties of the light :root block and of the dark media block. */
function themes(file: string): { light: Record<string, string>; dark: Record<string, string> } {
  const css = readFileSync(new URL(`../../src/extension/${file}`, import.meta.url), 'utf8');
  const vars = (block: string) => Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{6})/g)].map((m) => [m[1]!, m[2]!]));
  const darkAt = css.indexOf('@media (prefers-color-scheme: dark)');
  assert.ok(darkAt > 0, `${file} has no dark theme`);
  const light = vars(css.slice(0, darkAt));
  return { light, dark: { ...light, ...vars(css.slice(darkAt, css.indexOf('}\n}', darkAt))) } };
}

const TEXT: [string, string][] = [['fg', 'bg'], ['muted', 'bg'], ['muted', 'panel'], ['fg', 'panel'], ['accent', 'bg'], ['warn-fg', 'warn-bg']];

describe('contrast (WCAG AA)', () => {
  for (const file of ['popup/popup.css', 'options/options.css']) {
    for (const [name, vars] of Object.entries(themes(file))) {
      it(`${file}, ${name}: text ≥ 4.5:1`, () => {
        assert.ok(vars.fg && vars.bg && vars.muted, 'theme colours were not found in the style sheet');
        const pairs = [...TEXT, ['error', 'panel'] as [string, string]];
        if (vars['accent-fg']) pairs.push(['accent-fg', 'accent']);
        for (const [fg, bg] of pairs) {
          if (!vars[fg] || !vars[bg]) continue;
          const c = contrast(vars[fg]!, vars[bg]!);
          assert.ok(c >= 4.5, `${fg} on ${bg}: ${c.toFixed(2)}`);
        }
      });
    }
  }

  for (const [name, vars] of Object.entries(themes('popup/popup.css'))) {
    it(`popup, ${name}: the profile bar's parts ≥ 3:1 against the background`, () => {
      for (const k of ['named', 'anonymous', 'unattributed', 'muted']) {
        const c = contrast(vars[k]!, vars.bg!);
        assert.ok(c >= 3, `${k}: ${c.toFixed(2)}`);
      }
    });
  }

  it('badge: white text on every badge colour ≥ 4.5:1', () => {
    for (const [k, c] of Object.entries(BADGE_COLORS)) assert.ok(contrast('#ffffff', c) >= 4.5, `${k}: ${contrast('#ffffff', c).toFixed(2)}`);
  });
});
