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
      const src = readFileSync(file, 'utf8').replace(/\/\/.*$/gm, '');
      for (const re of forbidden) assert.ok(!re.test(src), `${re} found`);
    });
  }
});
