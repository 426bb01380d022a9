// Browser tests need real browsers. A missing one is reported loudly and the suite
// skips; on CI (CI=true) a missing browser fails the run instead of passing quietly.
import { findBrowser, type BrowserKind } from './browsers.js';

const INSTALL: Record<BrowserKind, string> = {
  chromium: 'apt-get install -y chromium',
  firefox: 'apt-get install -y firefox-esr',
};

export function onCI(): boolean {
  return /^(1|true|yes)$/i.test(process.env.CI ?? '');
}

/** The browser's executable; otherwise skips the suite (fails it on CI). */
export function browserOrSkip(ctx: Mocha.Context, kind: BrowserKind): string {
  const exe = findBrowser(kind);
  if (exe) return exe;
  const message = `${kind} is not installed: the ${kind} browser tests did NOT run (install: ${INSTALL[kind]})`;
  if (onCI()) throw new Error(`${message}; CI=true requires every browser`);
  const bar = '!'.repeat(message.length + 8);
  console.warn(`\n${bar}\n!!! ${message} !!!\n${bar}\n`);
  ctx.skip();
}
