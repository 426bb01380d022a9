// Bounded under load (issue 6), in real Chromium with the built extension:
// a 5 MB article, a 20,000-paragraph live blog, text 10,000 elements deep and a
// page changing every 10 ms (test/fixtures/hostile/load-*.html). Whosaid finishes,
// or stops at its stated limit and the popup says so in the UI language; the page
// keeps answering; the tab's heap does not grow without bound while the page churns.
// Figures are printed; `npm run bench` prints them for a longer churn and with the
// extension off for comparison.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { launch, type LaunchedBrowser } from '../helpers/browsers.js';
import { browserOrSkip } from '../helpers/require-browser.js';
import { DEMO_DIR, REPO_ROOT, startStaticServer, type StaticServer } from '../../src/dev/static-server.js';
import { openExtensionPage, poll, registrySizes, tabIdOf, total } from '../helpers/extension-probes.js';
import { LOAD_PAGES, probeLoadPage, setBaseline, type LoadPage, type ProbeContext } from '../helpers/load-probe.js';
import { PageRecorder } from '../helpers/page-recorder.js';

/**
 * Whosaid works in slices of ~25 ms (src/page/slice.ts): measured on the huge
 * pages, no long task at all from when the content script starts (our longest
 * slice 25–45 ms on a loaded 2-core machine). Unsliced, the live blog's steps
 * were 180–260 ms. Twice the 50 ms target leaves room for a loaded machine and
 * still fails if a step stops pausing.
 */
const MAX_TASK_MS = 100;
/** The deep page: Chromium's own layout of the chain is one long task with Whosaid off as well. */
const MAX_DEEP_TASK_MS = 1000;
const MAX_HEAP_GROWTH = 1.5;

describe('chromium: bounded under load', function () {
  let server: StaticServer | undefined;
  let run: LaunchedBrowser | undefined;
  let recorder: PageRecorder;
  let ctx: ProbeContext;

  before(async function () {
    const executablePath = browserOrSkip(this, 'chromium');
    server = await startStaticServer({ mounts: { '/demo/': DEMO_DIR, '/hostile/': join(REPO_ROOT, 'test/fixtures/hostile') } });
    run = await launch('chromium', { executablePath });
    recorder = new PageRecorder(run);
    const article = (await run.browser.pages())[0] ?? (await run.browser.newPage());
    recorder.watch(article, 'page');
    const control = await run.browser.newPage();
    recorder.watch(control, 'extension-page');
    await openExtensionPage(run, control, 'popup.html');
    await article.goto(server.url('/demo/en.html'), { waitUntil: 'load' });
    const tabId = await tabIdOf(control, server.url('/demo/en.html'));
    ctx = { article, control, tabId, origin: server.origin, extensionOrigin: run.extensionOrigin };
  });

  after(async () => {
    await recorder?.dispose();
    await run?.close();
    await server?.close();
  });

  afterEach(() => {
    assert.deepEqual(recorder.extensionErrors().map((e) => e.text.slice(0, 300)), [], 'errors caused by the extension');
  });

  /** The popup for the article's tab, in the browser's UI language: its "left out" notes. */
  async function popupNotes(): Promise<string[]> {
    const popup: Page = await run!.browser.newPage();
    try {
      await openExtensionPage(run!, popup, `popup.html?tabId=${ctx.tabId}`);
      return await poll('the popup to render', () => popup.evaluate(() => {
        if (!document.querySelector('.summary, .state')) return undefined;
        return [...document.querySelectorAll('ul.skipped li')].map((li) => li.textContent ?? '');
      }));
    } finally {
      await popup.close();
      await ctx.article.bringToFront();
    }
  }

  const page = (id: string): LoadPage => LOAD_PAGES.find((p) => p.id === id)!;
  /** In the article's page: ms for the browser to restyle it once a sheet of one ::highlight rule is added (the sheet removed after). */
  const restyleCost = () => ctx.article.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('::highlight(whosaid-restyle-probe) { background-color: transparent; }');
    const t0 = performance.now();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    void getComputedStyle(document.body).color; // style is resolved lazily: ask for it
    void document.body.offsetHeight;
    const ms = performance.now() - t0;
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    return ms;
  });
  const ping = () => ctx.article.evaluate(() => (window as unknown as { __hooks: { ping(): string } }).__hooks.ping());

  for (const id of ['article-5mb', 'liveblog']) {
    it(`${page(id).what}: stops at the stated limit and the popup says so`, async function () {
      this.timeout(120_000);
      const r = await probeLoadPage(ctx, page(id));
      assert.equal(r.state.state, 'done', JSON.stringify({ state: r.state.state, error: r.state.error }));
      const limit = r.state.skipNotes.find((n) => n.reason === 'char-limit');
      assert.ok(limit && limit.reason === 'char-limit', `skip notes: ${JSON.stringify(r.state.skipNotes)}`);
      assert.equal(r.state.chars, limit.limit, 'analyzed exactly up to the limit');
      assert.ok(r.state.attributions.length > 100, `${r.state.attributions.length} attributions`);
      assert.ok(total(await registrySizes(ctx.article)) > 0, 'highlights painted');
      const notes = await popupNotes();
      assert.ok(notes.some((n) => n.includes(limit.limit.toLocaleString('en'))), `popup notes: ${JSON.stringify(notes)}`);
      assert.equal(await ping(), 'pong');
      // Showing highlights at all needs our ::highlight rules, and Chromium 150 restyles the whole page when a sheet is
      // added: on 20,000 paragraphs that one rendering task (restyle, then paint) is 250–370 ms, with our own slices
      // under 35 ms. The browser's restyle for such a sheet on this page, measured here, is allowed twice over (paint
      // comes with it) on top of the limit. (On the 5 MB article that restyle is ~20 ms, so a step of ours that stops
      // pausing still fails there.)
      const restyle = await restyleCost();
      const maxTask = Math.max(MAX_TASK_MS, restyle * 2 + 50);
      assert.ok(r.longestTask < maxTask, `a ${r.longestTask} ms task after the page was built (limit ${Math.round(maxTask)} ms: the page's own restyle for a highlight sheet takes ${Math.round(restyle)} ms)`);
      console.log(`      ${r.state.chars} chars analyzed of a longer text, ${r.state.attributions.length} attributions, finished ${Math.round(r.finishedAt)} ms after navigation; `
        + `longest task ${Math.round(r.longestTask)} ms, page restyle ${Math.round(restyle)} ms (${r.longTasks} over 50 ms${r.ourLongest === null ? '' : `; our longest slice ${Math.round(r.ourLongest)} ms`}), timer lag ${Math.round(r.worstLag)} ms; popup: "${notes.join('; ')}"`);
    });
  }

  it(`${page('deep').what}: finishes, reading the deepest text`, async function () {
    this.timeout(120_000);
    // Chromium's own layout of the deep chain is one long task: measure the page with Whosaid off too.
    await setBaseline(ctx.control, true);
    const off = await probeLoadPage(ctx, page('deep'));
    await setBaseline(ctx.control, false);
    const r = await probeLoadPage(ctx, page('deep'));
    assert.equal(off.state.state, 'off');
    assert.equal(r.state.state, 'done', JSON.stringify({ state: r.state.state, error: r.state.error }));
    assert.deepEqual(r.state.skipNotes.filter((n) => n.reason === 'char-limit'), []);
    // Ten sentences hang at depths 1,000 … 10,000; the last one sits at the bottom.
    const last = [...r.state.attributions].sort((a, b) => b.cue.start - a.cue.start)[0];
    assert.ok(last && last.cue.end > r.state.chars - 120, `the last attribution ends at ${last?.cue.end} of ${r.state.chars} chars`);
    assert.ok(r.state.attributions.length >= 24, `${r.state.attributions.length} attributions`);
    assert.equal(await ping(), 'pong');
    assert.ok(r.longestTask < MAX_DEEP_TASK_MS + off.longestTask, `a ${r.longestTask} ms task after the page was built (${off.longestTask} ms with Whosaid off)`);
    console.log(`      ${r.state.chars} chars, ${r.state.attributions.length} attributions, longest task ${Math.round(r.longestTask)} ms (with Whosaid off: ${Math.round(off.longestTask)} ms)`);
  });

  it(`${page('churn').what}: keeps up, and the heap stays bounded`, async function () {
    this.timeout(120_000);
    const r = await probeLoadPage(ctx, page('churn'));
    const ticks = await ctx.article.evaluate(() => (window as unknown as { __hooks: { ticks: number } }).__hooks.ticks);
    await ctx.article.evaluate(() => (window as unknown as { __hooks: { stop(): void } }).__hooks.stop());
    // At least a quarter of its 10 ms ticks ran (a loaded CI machine once gave 286 of 800: timers are coarse there).
    const possible = (page('churn').churnMs ?? 0) / 10;
    assert.ok(ticks > possible / 4, `the page changed itself ${ticks} times of ${possible} possible`);
    assert.ok(r.doneSamples > 0, 'Whosaid was never done while the page churned');
    assert.ok(r.state.attributions.length > 0);
    const peak = Math.max(...r.heapSamples);
    assert.ok(peak < r.heapBefore * MAX_HEAP_GROWTH, `heap grew from ${r.heapBefore.toFixed(1)} MB to ${peak.toFixed(1)} MB`);
    assert.equal(await ping(), 'pong');
    console.log(`      ${ticks} page changes in ${(page('churn').churnMs ?? 0) / 1000} s; done in ${r.doneSamples}/${r.heapSamples.length} samples; `
      + `heap ${r.heapBefore.toFixed(1)} → ${r.heapSamples.map((x) => x.toFixed(1)).join(', ')} MB (growth ×${(r.heapAfter / r.heapBefore).toFixed(2)}); longest task ${Math.round(r.longestTask)} ms`);
  });
});
