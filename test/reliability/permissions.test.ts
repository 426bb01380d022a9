// Permissions (issue 6): the manifest asks for no more than the README's
// "Permissions" table explains, the README explains nothing the manifest
// does not ask for, every permission is used by the code, and none of the
// broad ones is asked at all.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('../../', import.meta.url);
const read = (p: string) => readFileSync(new URL(p, ROOT), 'utf8');

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[]; all_frames?: boolean }[];
  web_accessible_resources?: { resources: string[]; matches: string[] }[];
}

/** What a manifest asks for: API permissions by name, and every match pattern that grants access to pages. */
export function asked(m: Manifest): { permissions: string[]; hosts: string[] } {
  const permissions = [...(m.permissions ?? []), ...(m.optional_permissions ?? [])];
  const hosts = [
    ...(m.host_permissions ?? []), ...(m.optional_host_permissions ?? []),
    ...(m.content_scripts ?? []).flatMap((c) => c.matches),
  ];
  return { permissions: [...new Set(permissions)].sort(), hosts: [...new Set(hosts)].sort() };
}

/** Rows of the table under the README heading that starts with "Permissions": first-column code spans → reason. */
export function readmePermissions(readme: string): Map<string, string> | null {
  const lines = readme.split('\n');
  const at = lines.findIndex((l) => /^#{1,6}\s+Permissions\b/i.test(l));
  if (at < 0) return null;
  const rows = new Map<string, string>();
  for (const line of lines.slice(at + 1)) {
    if (/^#{1,6}\s/.test(line)) break;
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 4 || /^-+$/.test(cells[1]!) || cells[1] === 'permission') continue;
    for (const m of cells[1]!.matchAll(/`([^`]+)`/g)) rows.set(m[1]!, cells[2]!);
  }
  return rows;
}

/** Permissions that no feature of Whosaid needs; asking for one is a regression. */
const NEVER = ['tabs', 'activeTab', 'scripting', 'webRequest', 'webRequestBlocking', 'declarativeNetRequest', 'history', 'cookies',
  'downloads', 'clipboardRead', 'clipboardWrite', 'unlimitedStorage', 'webNavigation', 'management', 'nativeMessaging', 'debugger',
  'bookmarks', 'geolocation', 'identity', 'proxy', 'privacy', 'browsingData', 'topSites', 'pageCapture', 'tabCapture', '<all_urls>'];

/** The API namespace each permission unlocks (for "is it used?"). */
const API_OF: Record<string, RegExp> = {
  storage: /\bbrowser\.storage\./,
  contextMenus: /\bbrowser\.(?:contextMenus|menus)\./,
  alarms: /\bbrowser\.alarms\./,
  notifications: /\bbrowser\.notifications\./,
};

function sourceFiles(dir: URL): string[] {
  const out: string[] = [];
  for (const f of readdirSync(dir)) {
    const p = new URL(f, dir);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(new URL(`${f}/`, dir)));
    else if (f.endsWith('.ts')) out.push(readFileSync(p, 'utf8'));
  }
  return out;
}

describe('reliability: permissions', () => {
  const manifest = JSON.parse(read('manifest.json')) as Manifest;
  const want = asked(manifest);

  it('the README has a "Permissions" table and it covers exactly what the manifest asks for, each with a reason', () => {
    const rows = readmePermissions(read('README.md'));
    assert.ok(rows, 'README.md has a "## Permissions" section with a table');
    const listed = [...rows.keys()];
    const missing = [...want.permissions, ...want.hosts].filter((p) => !rows.has(p));
    assert.deepEqual(missing, [], 'asked for in manifest.json but not explained in README.md');
    const extra = listed.filter((p) => !want.permissions.includes(p) && !want.hosts.includes(p));
    assert.deepEqual(extra, [], 'explained in README.md but not in manifest.json (stale)');
    for (const [p, why] of rows) assert.ok(why.split(/\s+/).length >= 5, `README gives a reason for ${p}`);
  });

  it('asks for none of the broad permissions and no host permissions', () => {
    const all = [...want.permissions, ...want.hosts];
    assert.deepEqual(all.filter((p) => NEVER.includes(p)), []);
    assert.deepEqual(manifest.host_permissions ?? [], [], 'pages are reached through the content script only');
    for (const c of manifest.content_scripts ?? []) {
      assert.ok(c.matches.every((m) => /^https?:\/\//.test(m)), `content script on web pages only: ${c.matches}`);
      assert.notEqual(c.all_frames, true, 'top frames only');
    }
    for (const w of manifest.web_accessible_resources ?? []) {
      const covered = (manifest.content_scripts ?? []).flatMap((c) => c.matches);
      assert.ok(w.matches.every((m) => covered.includes(m)), 'web-accessible files only where the content script runs');
    }
  });

  it('every permission asked for is used by the code', () => {
    const code = sourceFiles(new URL('src/extension/', ROOT)).join('\n');
    for (const p of want.permissions) {
      const api = API_OF[p];
      assert.ok(api, `no known use for permission "${p}": add it to API_OF with the API it unlocks`);
      assert.match(code, api, `permission "${p}" is unused`);
    }
  });

  it('both built manifests ask for the same as the source manifest', async () => {
    const build = (await import('../../build.mjs' as string)) as { manifestFor(b: string): Manifest };
    for (const b of ['chrome', 'firefox']) assert.deepEqual(asked(build.manifestFor(b)), want, b);
  });
});
