// The engine is pure: nothing under src/engine may reach the DOM or extension APIs.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ENGINE = new URL('../../src/engine/', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('engine purity', () => {
  const forbidden = [
    /from ['"][^'"]*(extension|page)\//, /webextension-polyfill/, /\bdocument\./, /\bwindow\./, /\bchrome\./,
    /\bbrowser\.(runtime|tabs|storage)/, /from ['"]jsdom['"]/, /from ['"]node:/,
  ];
  for (const file of files(ENGINE)) {
    it(`${file.slice(ENGINE.length)} uses no DOM, extension or Node API`, () => {
      const src = readFileSync(file, 'utf8').replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
      for (const re of forbidden) {
        // A local variable that happens to share a global's name ("const window = text.slice(…)") is not the global.
        const global = /\\b(document|window|chrome|browser)\\./.exec(re.source)?.[1];
        if (global && new RegExp(`\\b(?:const|let|var)\\s+${global}\\b|[(,]\\s*${global}\\s*[:,)]`).test(src)) continue;
        assert.ok(!re.test(src), `${re} found`);
      }
    });
  }

  it('the check itself still sees the globals', () => {
    assert.ok(forbidden.some((re) => re.test('const w = window.location;')));
    assert.ok(forbidden.some((re) => re.test('document.title = x;')));
  });
});
