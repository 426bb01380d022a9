// Screenshots of the popup on the demo pages, in light and dark, English and
// Russian UI, in real Chromium; also the popup's first paint. Not a test
// (mocha does not pick it up); run after a build:
//   node build.mjs && npx tsx test/extension/popup-screens.ts
// Output: test-output/popup/*.png (git-ignored), and one line per shot on stdout.
import puppeteer from 'puppeteer-core';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_QUIET_FLAGS, browserEnv, findBrowser } from '../../src/dev/find-browser.js';
import { REPO_ROOT, startStaticServer } from '../../src/dev/static-server.js';
import { CHROMIUM_BLOCK_NETWORK_FLAG, DIST_CHROME } from '../helpers/browsers.js';

const OUT = join(REPO_ROOT, 'test-output/popup');

async function shoot(uiLang: 'en' | 'ru'): Promise<void> {
  const executablePath = findBrowser('chromium');
  if (!executablePath) throw new Error('chromium not installed');
  const profile = mkdtempSync(join(tmpdir(), 'whosaid-shots-'));
  const browser = await puppeteer.launch({
    browser: 'chrome', executablePath, headless: true, pipe: true, enableExtensions: true, userDataDir: profile,
    env: { ...browserEnv(profile), LANGUAGE: uiLang, LANG: uiLang === 'ru' ? 'ru_RU.UTF-8' : 'en_US.UTF-8' },
    args: ['--no-sandbox', ...CHROMIUM_QUIET_FLAGS, CHROMIUM_BLOCK_NETWORK_FLAG, `--lang=${uiLang}`],
  });
  const server = await startStaticServer();
  try {
    // A private copy: another build may replace dist/ while the browser loads it.
    const ext = join(profile, 'extension');
    cpSync(DIST_CHROME, ext, { recursive: true });
    const id = await browser.installExtension(ext);
    const origin = `chrome-extension://${id}`;
    // The demo articles, a page that is not an article (the server's 404), and a browser page.
    const pages = { en: server.url('/demo/en.html'), ru: server.url('/demo/ru.html'), 'not-article': server.url('/demo/missing.html'), blank: 'about:blank' };
    for (const [demo, url] of Object.entries(pages)) {
      if (demo !== 'en' && demo !== 'ru' && uiLang === 'ru') continue;
      const article = await browser.newPage();
      await article.goto(url, { waitUntil: 'load' });
      const popup = await browser.newPage();
      await popup.setViewport({ width: 800, height: 600 });
      await popup.goto(`${origin}/popup.html`);
      // Without the "tabs" permission tab URLs are hidden: the article is the active tab.
      await article.bringToFront();
      const tabId = await popup.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome;
        const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id ?? null;
      });
      if (!tabId) throw new Error('no article tab');
      // Screenshots of a background tab never finish.
      await popup.bringToFront();
      for (const scheme of demo === 'en' || demo === 'ru' ? ['light', 'dark'] as const : ['light'] as const) {
        await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        await popup.goto(`${origin}/popup.html?tabId=${tabId}`);
        // Wait for a settled state (the page may still be analyzing).
        await popup.waitForFunction(() => ['done', 'not-article', 'error', 'unavailable', 'off', 'idle'].includes(document.body.dataset.state ?? ''), { timeout: 15_000 }).catch(() => undefined);
        await new Promise((r) => setTimeout(r, 300));
        const info = await popup.evaluate(() => ({
          state: document.body.dataset.state,
          background: document.body.dataset.background,
          firstPaint: performance.getEntriesByType('paint').map((p) => `${p.name}=${p.startTime.toFixed(0)}ms`).join(' '),
          width: document.body.scrollWidth,
          height: document.body.scrollHeight,
        }));
        // The toolbar popup is as big as the body: shoot just that.
        const body = await popup.$('body');
        const file = join(OUT, `popup-${demo}-page-${uiLang}-ui-${scheme}.png`);
        await body!.screenshot({ path: file });
        console.log(`${file.slice(REPO_ROOT.length + 1)}  state=${info.state} background=${info.background} ${info.firstPaint} body=${info.width}×${info.height}`);
        if (info.state === 'done' && scheme === 'light') {
          // Expanded: the first speaker's claims, scrolled into view.
          await popup.evaluate(() => {
            const d = document.querySelector<HTMLDetailsElement>('details.speaker');
            if (d) { d.open = true; d.scrollIntoView(); }
          });
          const expanded = join(OUT, `popup-${demo}-page-${uiLang}-ui-${scheme}-expanded.png`);
          await (await popup.$('body'))!.screenshot({ path: expanded });
          console.log(expanded.slice(REPO_ROOT.length + 1));
        }
      }
      await article.close();
      await popup.close();
    }
  } finally {
    await server.close();
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

mkdirSync(OUT, { recursive: true });
const langs = (process.argv[2]?.split(',') ?? ['en', 'ru']) as ('en' | 'ru')[];
for (const l of langs) await shoot(l);
