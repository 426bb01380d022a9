// Locates the store zips that `node build.mjs --package` writes next to the unpacked builds.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO_ROOT } from '../../src/dev/static-server.js';
import { onCI } from './require-browser.js';

export const VERSION = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

export function zipPath(browser: 'chrome' | 'firefox'): string {
  return join(REPO_ROOT, 'dist', `whosaid-${browser}-${VERSION}.zip`);
}

/** The zip for a browser, or null when it is missing or older than the unpacked build. */
export function freshZip(browser: 'chrome' | 'firefox'): string | null {
  const zip = zipPath(browser);
  const manifest = join(REPO_ROOT, 'dist', browser, 'manifest.json');
  return existsSync(zip) && existsSync(manifest) && statSync(zip).mtimeMs >= statSync(manifest).mtimeMs ? zip : null;
}

/** The fresh zip; otherwise skips the test (fails it on CI). */
export function freshZipOrSkip(ctx: Mocha.Context, browser: 'chrome' | 'firefox'): string {
  const zip = freshZip(browser);
  if (zip) return zip;
  const message = `${relative(REPO_ROOT, zipPath(browser))} is missing or older than dist/${browser}: run \`node build.mjs --package\` (npm run test:e2e does)`;
  if (onCI()) throw new Error(message);
  console.warn(`      !!! ${message}; skipped`);
  ctx.skip();
}
