// Measures Whosaid on the load pages (test/fixtures/hostile/load-*.html) in
// Chromium: long tasks (PerformanceObserver 'longtask', from the page's own
// world) after the page built itself, the JS heap of the tab (CDP, after a
// forced GC; content scripts share the tab's heap), and the content script's
// state. The same page with Whosaid kept off (settings.neverSites) is the
// baseline: what is left over is Whosaid's. Used by the load test and the bench.
import type { CDPSession, Page } from 'puppeteer-core';
import { poll, sendToTab, writeSettings } from './extension-probes.js';
import { DEFAULT_SETTINGS, type PageState, type Settings } from '../../src/shared/types.js';

export interface LoadPage {
  id: string;
  path: string;
  /** What the page is, for the printout. */
  what: string;
  /** The page keeps changing: watch it this long (ms) after the first analysis. */
  churnMs?: number;
}

export const LOAD_PAGES: LoadPage[] = [
  { id: 'article-5mb', path: '/hostile/load-article-5mb.html', what: 'a 5 MB article' },
  { id: 'liveblog', path: '/hostile/load-liveblog.html', what: 'a 20,000-paragraph live blog' },
  { id: 'deep', path: '/hostile/load-deep.html', what: 'text 10,000 elements deep' },
  { id: 'churn', path: '/hostile/load-churn.html', what: 'a page changing every 10 ms', churnMs: 8000 },
];

export interface LoadResult {
  id: string;
  state: PageState;
  /** ms from navigation start until Whosaid first reached a final state. */
  finishedAt: number;
  /**
   * Longest long task after the page built itself (ms; 0 when none over 50 ms),
   * counted from when the content script started (development builds say
   * when), else from the end of the page's first frame: the page's own first
   * layout of a huge page is a long task of its own.
   */
  longestTask: number;
  longTasks: number;
  /** Heap (MB) after GC: right after the first analysis, and at the end. */
  heapBefore: number;
  heapAfter: number;
  /** Churn pages: heap samples (MB) over the watch period, and how often Whosaid was 'done' when sampled. */
  heapSamples: number[];
  doneSamples: number;
  /** Worst lateness (ms) of a 20 ms timer in the page after it built itself: how long the page could not run. */
  worstLag: number;
  /** Development builds: Whosaid's own longest synchronous step (ms), from its timings hook. */
  ourLongest: number | null;
  /** Development builds: Whosaid's main-thread ms in all, per part (finding the content, building the text model, painting). */
  ourParts: { main: number; extract: number; paint: number } | null;
}

/** Development builds expose their timings to the content-script world (Chromium only can reach it). */
async function ourTimings(page: Page, origin: string): Promise<{ startedAt: number; longest: number; main: number; extract: number; paint: number } | null> {
  const realm = page.extensionRealms().find((r) => r.origin === origin);
  if (!realm) return null;
  return realm.evaluate(() => {
    type T = { startedAt: number; gate: number; longest?: number; main?: number; extract?: number; paint?: number };
    const hook = (globalThis as unknown as { __whosaid?: { timings(): T } }).__whosaid;
    if (!hook) return null;
    const t = hook.timings();
    // `extract` includes finding the main content; the parts are reported apart.
    return { startedAt: t.startedAt, longest: Math.max(t.gate, t.longest ?? 0), main: t.main ?? 0, extract: (t.extract ?? 0) - (t.main ?? 0), paint: t.paint ?? 0 };
  }).catch(() => null);
}

/** In the page's world, before its scripts: record long tasks, and how late a 20 ms timer runs once the page is built. */
function recordLongTasks(): void {
  const w = window as unknown as { __longTasks?: { start: number; duration: number }[] };
  if (w.__longTasks) return; // registered once per page, runs on every document
  const tasks: { start: number; duration: number }[] = (w.__longTasks = []);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch { /* no long-task timing in this browser */ }
  // When the page's first frame after building itself is done (its own layout
  // of a huge page is one long task): a production build has no timings hook
  // to say when Whosaid started, so long tasks count from here.
  const marks = new PerformanceObserver((list) => {
    if (!list.getEntriesByName('fixture-ready').length) return;
    marks.disconnect();
    requestAnimationFrame(() => setTimeout(() => { (window as unknown as { __settled?: number }).__settled = performance.now(); }, 0));
  });
  try { marks.observe({ type: 'mark', buffered: true }); } catch { /* no mark timing */ }
  const lagged = window as unknown as { __lag: number };
  lagged.__lag = 0;
  let last = 0;
  setInterval(() => {
    const now = performance.now();
    if (last && performance.getEntriesByName('fixture-ready').length) lagged.__lag = Math.max(lagged.__lag, now - last - 20);
    last = now;
  }, 20);
}

const FINAL = new Set(['done', 'not-article', 'off', 'error']);
const MB = 1024 * 1024;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function heapMB(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / MB;
}

export interface ProbeContext {
  article: Page;
  control: Page;
  tabId: number;
  /** The test server's origin. */
  origin: string;
  /** chrome-extension://ID, to find the content-script world. */
  extensionOrigin: string;
}

/** Turns Whosaid off for the test server's host (baseline) or back to the defaults. */
export function setBaseline(control: Page, off: boolean, host = '127.0.0.1'): Promise<void> {
  const s: Settings = { ...DEFAULT_SETTINGS, neverSites: off ? [host] : [] };
  return writeSettings(control, s);
}

/** Loads one load page and measures it. `settle` ms are waited after the first final state. */
export async function probeLoadPage(ctx: ProbeContext, p: LoadPage, churnMs = p.churnMs ?? 0): Promise<LoadResult> {
  const { article, control, tabId } = ctx;
  await article.evaluateOnNewDocument(recordLongTasks);
  await article.bringToFront();
  const url = `${ctx.origin}${p.path}`;
  const cdp = await article.createCDPSession();
  try {
    await article.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const state0 = await poll(`Whosaid to finish on ${p.id}`, async () => {
      const s = await sendToTab<PageState | undefined>(control, tabId, 'getStatus');
      return s && s.url === url && FINAL.has(s.state) ? s : undefined;
    }, 60_000);
    let state = state0;
    const finishedAt = await article.evaluate(() => performance.now());
    await sleep(300);
    const heapBefore = await heapMB(cdp);
    const heapSamples: number[] = [];
    let doneSamples = 0;
    for (const end = Date.now() + churnMs; Date.now() < end;) {
      await sleep(Math.min(2000, Math.max(0, end - Date.now())));
      heapSamples.push(await heapMB(cdp));
      const s = await sendToTab<PageState | undefined>(control, tabId, 'getStatus').catch(() => undefined);
      if (s?.state === 'done') { doneSamples++; state = s; }
    }
    const heapAfter = churnMs ? heapSamples[heapSamples.length - 1]! : heapBefore;
    const ours = await ourTimings(article, ctx.extensionOrigin);
    const settled = await article.evaluate(() => (window as unknown as { __settled?: number }).__settled ?? 0);
    const since = ours?.startedAt ?? settled;
    const tasks = (await article.evaluate(() => {
      const ready = performance.getEntriesByName('fixture-ready')[0]?.startTime ?? 0;
      return ((window as unknown as { __longTasks?: { start: number; duration: number }[] }).__longTasks ?? []).filter((t) => t.start >= ready);
    })).filter((t) => t.start + t.duration >= since);
    const lag = await article.evaluate(() => (window as unknown as { __lag?: number }).__lag ?? 0);
    return {
      id: p.id, state, finishedAt, heapBefore, heapAfter, heapSamples, doneSamples, worstLag: lag, ourLongest: ours?.longest ?? null,
      ourParts: ours ? { main: ours.main, extract: ours.extract, paint: ours.paint } : null,
      longestTask: Math.max(0, ...tasks.map((t) => t.duration)), longTasks: tasks.length,
    };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
