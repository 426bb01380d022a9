// The store packages (npm run package): each zip holds exactly the unpacked
// extension the browser tests load, at the manifest's root, without source maps.
// test:e2e and test:lint build with --package, so the zips are fresh when they run.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO_ROOT } from '../../src/dev/static-server.js';
import { freshZipOrSkip, VERSION } from '../helpers/packages.js';
import { readZip } from '../helpers/read-zip.js';

function filesUnder(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p).split('\\').join('/'), readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

describe('store packages', () => {
  for (const browser of ['chrome', 'firefox'] as const) {
    it(`dist/whosaid-${browser}-${VERSION}.zip holds exactly dist/${browser}, manifest at the root, no source maps`, function () {
      const zip = readZip(freshZipOrSkip(this, browser));
      const unpacked = filesUnder(join(REPO_ROOT, 'dist', browser));
      assert.deepEqual([...zip.keys()].sort(), [...unpacked.keys()].sort());
      for (const [name, bytes] of unpacked) assert.ok(zip.get(name)!.equals(bytes), `${name} differs`);
      const manifest = JSON.parse(zip.get('manifest.json')!.toString('utf8')) as { version: string; manifest_version: number };
      assert.equal(manifest.version, VERSION);
      assert.equal(manifest.manifest_version, 3);
      assert.deepEqual([...zip.keys()].filter((n) => n.endsWith('.map')), []);
    });
  }
});
