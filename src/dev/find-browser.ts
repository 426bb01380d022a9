// Finds the locally installed browsers and the flags every launch of them shares,
// for `npm start` and the browser tests.
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export type BrowserKind = 'chromium' | 'firefox';

/** Where each browser is looked for; the environment variable wins. */
export const BROWSER_CANDIDATES: Record<BrowserKind, { env: string; names: string[] }> = {
  chromium: { env: 'WHOSAID_CHROMIUM', names: ['chromium', 'chromium-browser'] },
  firefox: { env: 'WHOSAID_FIREFOX', names: ['firefox-esr', 'firefox'] },
};

/** The browser's executable, or null when it is not installed. */
export function findBrowser(kind: BrowserKind): string | null {
  const { env, names } = BROWSER_CANDIDATES[kind];
  const fromEnv = process.env[env];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  const dirs = ['/usr/bin', ...(process.env.PATH ?? '').split(delimiter).filter(Boolean)];
  for (const name of names) {
    for (const dir of dirs) {
      const p = join(dir, name);
      try {
        accessSync(p, constants.X_OK);
        return p;
      } catch {
        // not in this directory
      }
    }
  }
  return null;
}

/** Flags that keep Chromium from phoning home or asking first-run questions. */
export const CHROMIUM_QUIET_FLAGS = [
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];

/** Chromium as root refuses to start without this. */
export function chromiumSandboxFlags(): string[] {
  return process.getuid?.() === 0 ? ['--no-sandbox'] : [];
}

/** Both browsers write under $HOME (Chromium its crash reports): hand them a writable one inside `scratchDir` if needed. */
export function browserEnv(scratchDir: string): Record<string, string | undefined> {
  const home = process.env.HOME;
  if (home) {
    // Probe by writing: access(W_OK) says yes to root even where writes fail.
    try {
      rmSync(mkdtempSync(join(home, '.whosaid-probe-')), { recursive: true });
      return process.env;
    } catch {
      // fall through to a temporary home
    }
  }
  const tmpHome = join(scratchDir, 'home');
  mkdirSync(tmpHome, { recursive: true });
  return { ...process.env, HOME: tmpHome };
}
