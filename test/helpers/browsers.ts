// Launches real Chromium and Firefox ESR with the built extension installed, for
// browser tests. Each launch gets a fresh temporary profile, deleted on close.
// Facts behind the flags: ../shared/BROWSERS.md.
import puppeteer, { type Browser } from 'puppeteer-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../../src/dev/static-server.js';
import { readZip } from './read-zip.js';
import { BROWSER_CANDIDATES, browserEnv, CHROMIUM_QUIET_FLAGS, findBrowser, type BrowserKind } from '../../src/dev/find-browser.js';

export { findBrowser, type BrowserKind } from '../../src/dev/find-browser.js';

export const DIST_CHROME = join(REPO_ROOT, 'dist/chrome');
export const DIST_FIREFOX = join(REPO_ROOT, 'dist/firefox');

/** Chromium resolves every host except loopback to "not found": tests never reach the network. */
export const CHROMIUM_BLOCK_NETWORK_FLAG = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1';

/** Firefox sends everything but loopback to a proxy on the discard port, which refuses: tests never reach the network. */
export const FIREFOX_BLOCK_NETWORK_PREFS: Record<string, unknown> = {
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.share_proxy_settings': true,
  'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
  'network.proxy.allow_hijacking_localhost': true,
};

/** A fixed moz-extension UUID, so extension pages have a known URL in Firefox. */
export const FIREFOX_EXTENSION_UUID = '5b0e6a0c-8d1f-4c3a-9e27-1f4d6b8a2c35';

export interface LaunchedBrowser {
  kind: BrowserKind;
  browser: Browser;
  /** Chromium: the extension id; Firefox: the gecko id. */
  extensionId: string;
  /** chrome-extension://ID or moz-extension://UUID */
  extensionOrigin: string;
  /** The temporary profile (deleted by close). */
  profileDir: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  executablePath?: string;
  headless?: boolean;
  /** Refuse every request that is not to 127.0.0.1/localhost (default true). */
  blockNetwork?: boolean;
  /** The extension to install: an unpacked directory (default dist/<browser>), or for Firefox also a .zip/.xpi. */
  extensionPath?: string;
  /** Firefox: send blocked traffic to this local port (a recording proxy) instead of the refusing discard port. */
  proxyPort?: number;
}

function missing(kind: BrowserKind): Error {
  return new Error(`${kind} is not installed (set ${BROWSER_CANDIDATES[kind].env} to its executable)`);
}

function closer(browser: Browser, profileDir: string): () => Promise<void> {
  let closed: Promise<void> | undefined;
  return () => {
    closed ??= (async () => {
      try {
        await browser.close();
      } finally {
        rmSync(profileDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
      }
    })();
    return closed;
  };
}

export async function launchChromium(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const executablePath = options.executablePath ?? findBrowser('chromium');
  if (!executablePath) throw missing('chromium');
  const profileDir = mkdtempSync(join(tmpdir(), 'whosaid-chromium-'));
  // --no-sandbox always: tests run as root in CI containers, and the pages are local.
  const args = ['--no-sandbox', ...CHROMIUM_QUIET_FLAGS];
  if (options.blockNetwork ?? true) args.push(CHROMIUM_BLOCK_NETWORK_FLAG);
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'chrome',
      executablePath,
      headless: options.headless ?? true,
      pipe: true,
      enableExtensions: true,
      userDataDir: profileDir,
      env: browserEnv(profileDir),
      args,
    });
  } catch (e) {
    rmSync(profileDir, { recursive: true, force: true });
    throw e;
  }
  const close = closer(browser, profileDir);
  try {
    // installExtension waits for the install; passing the path to enableExtensions does not.
    const extensionId = await browser.installExtension(options.extensionPath ?? DIST_CHROME);
    return { kind: 'chromium', browser, extensionId, extensionOrigin: `chrome-extension://${extensionId}`, profileDir, close };
  } catch (e) {
    await close();
    throw e;
  }
}

/** The gecko id the Firefox build was given (read from the built manifest, so it cannot drift). */
export function geckoId(extensionPath = DIST_FIREFOX): string {
  const text = /\.(zip|xpi)$/.test(extensionPath)
    ? readZip(extensionPath).get('manifest.json')?.toString('utf8') ?? '{}'
    : readFileSync(join(extensionPath, 'manifest.json'), 'utf8');
  const manifest = JSON.parse(text) as { browser_specific_settings?: { gecko?: { id?: string } } };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${extensionPath}: manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const executablePath = options.executablePath ?? findBrowser('firefox');
  if (!executablePath) throw missing('firefox');
  const extensionPath = options.extensionPath ?? DIST_FIREFOX;
  const id = geckoId(extensionPath);
  const profileDir = mkdtempSync(join(tmpdir(), 'whosaid-firefox-'));
  const prefs: Record<string, unknown> = {
    'extensions.webextensions.uuids': JSON.stringify({ [id]: FIREFOX_EXTENSION_UUID }),
  };
  if (options.blockNetwork ?? true) Object.assign(prefs, FIREFOX_BLOCK_NETWORK_PREFS);
  if (options.proxyPort) Object.assign(prefs, { 'network.proxy.http_port': options.proxyPort, 'network.proxy.ssl_port': options.proxyPort });
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: options.headless ?? true,
      userDataDir: profileDir,
      env: browserEnv(profileDir),
      // Lets the test open moz-extension:// pages over WebDriver BiDi.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: prefs,
    });
  } catch (e) {
    rmSync(profileDir, { recursive: true, force: true });
    throw e;
  }
  const close = closer(browser, profileDir);
  try {
    const installed = await browser.installExtension(extensionPath);
    if (installed !== id) throw new Error(`Firefox installed ${installed}, expected ${id}`);
    return { kind: 'firefox', browser, extensionId: id, extensionOrigin: `moz-extension://${FIREFOX_EXTENSION_UUID}`, profileDir, close };
  } catch (e) {
    await close();
    throw e;
  }
}

export function launch(kind: BrowserKind, options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  return kind === 'chromium' ? launchChromium(options) : launchFirefox(options);
}
