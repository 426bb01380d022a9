// Nothing leaked, the static half (issue 6): no code of the extension can
// make a network request. The source and the built bundles hold no network
// API, and the only dynamic import loads our own page.js. (The browser tests
// record the requests a page really makes; this catches a new dependency or
// a stray fetch before any browser starts.)
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** What the extension ships: engine, page layer, extension, shared types (not the CLI or dev tools). */
const SHIPPED = ['src/engine', 'src/page', 'src/extension', 'src/shared'];
// (Setting an element's src or href is left to the browser tests: the popup's export uses a blob: link.)
const NETWORK = /\bfetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts|RTCPeerConnection|WebTransport|\bnew\s+(?:Image|Audio|Worker|SharedWorker)\s*\(|navigator\.serviceWorker|\.open\(\s*['"](?:GET|POST)/;

function files(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) out.push(...files(p, ext));
    else if (ext.test(f)) out.push(p);
  }
  return out;
}

function hits(path: string): string[] {
  const out: string[] = [];
  readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
    const code = line.replace(/\/\/.*$/, '');
    if (NETWORK.test(code)) out.push(`${path.slice(ROOT.length)}:${i + 1}: ${line.trim().slice(0, 160)}`);
  });
  return out;
}

describe('reliability: no network requests of our own (static)', () => {
  it('the shipped source uses no network API', () => {
    const found = SHIPPED.flatMap((d) => files(join(ROOT, d), /\.ts$/)).flatMap(hits);
    assert.deepEqual(found, []);
  });

  it('the built bundles use no network API and import only our own page.js', function () {
    const dirs = ['chrome', 'firefox'].map((b) => join(ROOT, 'dist', b)).filter(existsSync);
    if (!dirs.length) this.skip(); // `node build.mjs` first (npm test builds before the unit tests)
    const bundles = dirs.flatMap((d) => files(d, /\.js$/));
    const found = bundles.flatMap(hits);
    assert.deepEqual(found, []);
    let dynamic = 0;
    for (const b of bundles) {
      const imports = [...readFileSync(b, 'utf8').matchAll(/\bimport\s*\(([^)]*)\)/g)].map((m) => m[1]!.trim());
      dynamic += imports.length;
      for (const i of imports) assert.match(i, /^(?:chrome\.runtime\.getURL\(\s*["']page\.js["']\s*$|["']\.\/[\w.-]+\.js["']$)/, `${b.slice(ROOT.length)} imports ${i}`);
    }
    assert.ok(dynamic >= dirs.length, 'the content script\'s import of page.js is seen');
    console.log(`      no network: ${bundles.length} bundles checked, ${dynamic} dynamic imports, all of page.js`);
  });
});
