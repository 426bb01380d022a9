// The built extension (dist/firefox) in real headless Firefox ESR over WebDriver BiDi.
// Firefox gives tests no content-script realm and no way to click the toolbar button,
// so the popup page is opened in a tab and pointed at the article's tab with ?tabId=N;
// the state it shows can only have come from that tab's content script.
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { relative } from 'node:path';
import { DIST_FIREFOX, launchFirefox, type LaunchedBrowser } from '../helpers/browsers.js';
import { browserOrSkip } from '../helpers/require-browser.js';
import { REPO_ROOT, startStaticServer, type StaticServer } from '../../src/dev/static-server.js';
import { fetchFromPage, startDecoyServer, type DecoyServer } from '../helpers/decoy-server.js';
import { freshZip } from '../helpers/packages.js';
import { readPopupAnswer, type PopupAnswer } from '../helpers/popup-contract.js';

interface BrowserTabs {
  browser: {
    tabs: {
      query(q: object): Promise<Array<{ id?: number; url?: string }>>;
      sendMessage(id: number, m: unknown): Promise<unknown>;
    };
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Firefox: the Firefox build in a real browser', function () {
  let server: StaticServer | undefined;
  let run: LaunchedBrowser | undefined;
  let decoy: DecoyServer | null = null;
  let article: Page;
  let articleUrl: string;
  let popup: Page;

  before(async function () {
    const executablePath = browserOrSkip(this, 'firefox');
    server = await startStaticServer();
    decoy = await startDecoyServer();
    // The store zip when it is fresh (npm run test:e2e packages first): what goes to addons.mozilla.org.
    const extensionPath = freshZip('firefox') ?? DIST_FIREFOX;
    run = await launchFirefox({ executablePath, extensionPath });
    console.log(`      ${await run.browser.version()} (headless), ${relative(REPO_ROOT, extensionPath)} installed as ${run.extensionId} at ${run.extensionOrigin}`);
    article = (await run.browser.pages())[0] ?? (await run.browser.newPage());
    articleUrl = server.url('/demo/en.html');
    await article.goto(articleUrl, { waitUntil: 'load' });
    popup = await run.browser.newPage();
  });

  after(async () => {
    await run?.close();
    await server?.close();
    await decoy?.close();
  });

  /** Navigates the popup tab to an extension URL; such navigations never fire load, so poll for the document. */
  async function openExtensionPage(path: string): Promise<void> {
    const url = `${run!.extensionOrigin}/${path}`;
    void popup.goto(url).catch(() => undefined);
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      const at = await popup.evaluate(() => (document.readyState === 'loading' ? '' : location.href)).catch(() => '');
      if (at === url) return;
      await sleep(100);
    }
    throw new Error(`could not open ${url}`);
  }

  /**
   * The id of the one tab showing `url`, asked from inside an extension page. Firefox
   * hides the URL of pages the extension has no access to (about:blank): `undefined` finds those.
   */
  async function tabIdOf(url: string | undefined): Promise<number> {
    await openExtensionPage('popup.html');
    const tabs = await popup.evaluate(() => (globalThis as unknown as BrowserTabs).browser.tabs.query({}));
    const found = tabs.filter((t) => t.url === url);
    assert.equal(found.length, 1, `expected one tab showing ${url}; tabs: ${JSON.stringify(tabs.map((t) => [t.id, t.url]))}`);
    assert.ok(found[0]!.id !== undefined);
    return found[0]!.id;
  }

  async function popupFor(tabId: number): Promise<PopupAnswer> {
    await openExtensionPage(`popup.html?tabId=${tabId}`);
    return readPopupAnswer(popup);
  }

  it('the content script of the article tab answers the popup, and the background answers too', async () => {
    const tabId = await tabIdOf(articleUrl);
    const answer = await popupFor(tabId);
    console.log(`      popup on the article: state=${answer.state}, background=${answer.background}`);
    assert.notEqual(answer.state, 'unavailable', 'the popup reached the content script of the article tab');
    assert.notEqual(answer.state, 'error', 'the content script reported an error on the demo article');
    assert.equal(answer.background, 'ok', 'the background answered the popup');
    // That tab's content script is the one on the article: it reports the article's URL.
    const status = await popup.evaluate(
      (id) => (globalThis as unknown as BrowserTabs).browser.tabs.sendMessage(id, { whosaid: 'getStatus', payload: {} }),
      tabId,
    );
    assert.equal((status as { url?: unknown }).url, articleUrl);
  });

  it('the popup says "unavailable" for a tab where the content script does not run', async () => {
    const blank = await run!.browser.newPage();
    try {
      const answer = await popupFor(await tabIdOf(undefined));
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
