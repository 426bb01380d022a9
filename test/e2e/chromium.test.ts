// The built extension (dist/chrome) in real headless Chromium: the content script
// runs on an article page served from 127.0.0.1, the real toolbar popup opens and
// shows the state that tab's content script reported, and the background answers.
import assert from 'node:assert/strict';
import type { Page, Realm } from 'puppeteer-core';
import { launchChromium, type LaunchedBrowser } from '../helpers/browsers.js';
import { browserOrSkip } from '../helpers/require-browser.js';
import { startStaticServer, type StaticServer } from '../../src/dev/static-server.js';
import { fetchFromPage, startDecoyServer, type DecoyServer } from '../helpers/decoy-server.js';
import { readPopupAnswer, type PopupAnswer } from '../helpers/popup-contract.js';

interface ChromeRuntime {
  chrome: {
    runtime: { id: string; sendMessage(m: unknown): Promise<unknown> };
    tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>>; sendMessage(id: number, m: unknown): Promise<unknown> };
  };
}

async function poll<T>(what: string, read: () => T | undefined | Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('Chromium: dist/chrome in a real browser', function () {
  let server: StaticServer | undefined;
  let run: LaunchedBrowser | undefined;
  let decoy: DecoyServer | null = null;
  let article: Page;
  let articleUrl: string;

  before(async function () {
    const executablePath = browserOrSkip(this, 'chromium');
    server = await startStaticServer();
    decoy = await startDecoyServer();
    run = await launchChromium({ executablePath });
    console.log(`      ${await run.browser.version()} (headless), extension ${run.extensionId}`);
    article = (await run.browser.pages())[0] ?? (await run.browser.newPage());
    articleUrl = server.url('/demo/en.html');
    await article.goto(articleUrl, { waitUntil: 'load' });
  });

  after(async () => {
    await run?.close();
    await server?.close();
    await decoy?.close();
  });

  /** Triggers the toolbar button on `page` and reads the real popup's answer. */
  async function openRealPopup(page: Page): Promise<{ popup: Page; answer: PopupAnswer }> {
    const b = run!.browser;
    const extension = (await b.extensions()).get(run!.extensionId);
    assert.ok(extension, 'the extension is installed');
    await page.bringToFront();
    const opened = b.waitForTarget((t) => t.url().startsWith(`${run!.extensionOrigin}/popup.html`), { timeout: 10_000 });
    await page.triggerExtensionAction(extension);
    const popup = await (await opened).asPage();
    return { popup, answer: await readPopupAnswer(popup) };
  }

  async function contentRealm(page: Page): Promise<Realm> {
    return poll('the content script realm', () => page.extensionRealms().find((r) => r.origin === run!.extensionOrigin));
  }

  it('runs the content script in its own world on an http article page', async () => {
    const realm = await contentRealm(article);
    const seen = await realm.evaluate(() => ({
      extensionId: (globalThis as unknown as ChromeRuntime).chrome.runtime.id,
      url: location.href,
      title: document.title,
    }));
    assert.equal(seen.extensionId, run!.extensionId);
    assert.equal(seen.url, articleUrl);
    assert.match(seen.title, /tram line/);
    // The page's own scripts cannot see the extension.
    const pageSees = await article.evaluate(() => typeof (globalThis as unknown as Partial<ChromeRuntime>).chrome?.runtime?.id);
    assert.equal(pageSees, 'undefined');
  });

  it('the background service worker answers a ping from the content script', async () => {
    const realm = await contentRealm(article);
    const reply = await realm.evaluate(() =>
      (globalThis as unknown as ChromeRuntime).chrome.runtime.sendMessage({ whosaid: 'ping', payload: {} }),
    );
    assert.equal((reply as { pong?: unknown }).pong, true, `ping reply: ${JSON.stringify(reply)}`);
  });

  it('opens the real toolbar popup, which shows the state from the content script of that tab and the background answer', async () => {
    const { popup, answer } = await openRealPopup(article);
    console.log(`      popup on the article: state=${answer.state}, background=${answer.background}`);
    try {
      assert.notEqual(answer.state, 'unavailable', 'the popup reached the content script of the article tab');
      assert.notEqual(answer.state, 'error', 'the content script reported an error on the demo article');
      assert.equal(answer.background, 'ok', 'the background answered the popup');
      // The tab the popup talked to is the article tab: its content script reports the article's URL.
      const status = await popup.evaluate(async () => {
        const { chrome } = globalThis as unknown as ChromeRuntime;
        const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
        return chrome.tabs.sendMessage(tab!.id!, { whosaid: 'getStatus', payload: {} });
      });
      assert.equal((status as { url?: unknown }).url, articleUrl);
    } finally {
      await popup.close();
    }
  });

  it('the popup says "unavailable" on a tab where the content script does not run', async () => {
    const blank = await run!.browser.newPage();
    try {
      await blank.goto('about:blank');
      const { popup, answer } = await openRealPopup(blank);
      await popup.close();
      assert.equal(answer.state, 'unavailable');
      assert.equal(answer.background, 'ok');
    } finally {
      await blank.close();
    }
  });

  it('never reaches hosts other than 127.0.0.1 and localhost', async function () {
    if (!decoy) this.skip();
    assert.equal(await article.evaluate(fetchFromPage, decoy.url), 'blocked');
    assert.equal(decoy.hits, 0);
  });
});
