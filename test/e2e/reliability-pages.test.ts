// Reliability on real saved news pages, in real Chromium and Firefox with the
// built extension (issue 6):
//  - nothing changed: the page's outerHTML before Whosaid ran equals the one
//    after it ran to done and was turned off;
//  - nothing broken: no page error or console error that mentions the extension;
//  - nothing leaked: every request seen belongs to the page, none is the extension's.
//
// `npm test` visits a seeded sample of at least 15 English and Russian articles per
// browser (rotating daily; the seed is printed, WHOSAID_PAGES_SEED replays it).
// `npm run test:pages` (WHOSAID_PAGES=all) visits every page of the corpus.
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { launch, type BrowserKind, type LaunchedBrowser } from '../helpers/browsers.js';
import { browserOrSkip } from '../helpers/require-browser.js';
import { startStaticServer, type StaticServer } from '../../src/dev/static-server.js';
import { poll, registrySizes, sendToTab, tabIdOf, total, writeSettings } from '../helpers/extension-probes.js';
import { recordedTabs, type PageRecorder } from '../helpers/page-recorder.js';
import { isBrowserOwn, matchesTabRequest, startRecordingProxy, tunnelHosts, type RecordingProxy } from '../helpers/recording-proxy.js';
import { corpusIndex, corpusUrl, mixedOrder, sampleSeed, type CorpusEntry } from '../helpers/corpus-sample.js';
import { DEFAULT_SETTINGS, type PageState } from '../../src/shared/types.js';

const ALL = process.env.WHOSAID_PAGES === 'all';
/** WHOSAID_PAGES=id,id…: just these pages (to replay one). */
const ONLY = !ALL && process.env.WHOSAID_PAGES ? process.env.WHOSAID_PAGES.split(',') : null;
/** Pages a sample run must count (stable pages that Whosaid analyzed). */
const SAMPLE = 15;
/** How long a page must stay unchanged on its own before "nothing changed" is judged on it (ms). */
const QUIET_MS = 1000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Visit {
  id: string;
  lang: string;
  /** The page changed itself while we only watched: "nothing changed" cannot be judged on it. */
  stable: boolean;
  state: string;
  attributions: number;
  highlights: number;
  /** outerHTML after off equals outerHTML before on (null: not judged). */
  unchanged: boolean | null;
  ownErrors: number;
  note?: string;
  /** Firefox: the recording proxy's entries [start, end) during this visit. */
  proxied?: [number, number];
}

for (const kind of ['chromium', 'firefox'] as const satisfies readonly BrowserKind[]) {
  describe(`${kind}: reliability on saved news pages`, function () {
    let server: StaticServer | undefined;
    let run: LaunchedBrowser | undefined;
    let recorder: PageRecorder | undefined;
    /** Firefox: every request that left the browser, from any of its parts (BiDi shows tabs only). */
    let proxy: RecordingProxy | undefined;
    let article: Page;
    let control: Page;
    let tabId: number;
    const index = corpusIndex();

    before(async function () {
      const executablePath = browserOrSkip(this, kind);
      server = await startStaticServer();
      if (!server.mounts.includes('/corpus/') || index.length === 0) {
        console.warn('      ../shared/corpus/pages is missing: the saved-page reliability tests are skipped');
        this.skip();
      }
      if (kind === 'firefox') proxy = await startRecordingProxy();
      run = await launch(kind, { executablePath, proxyPort: proxy?.port });
      ({ recorder, article, control } = await recordedTabs(run));
      // Off by default, so the page can be read before Whosaid touches it; then turned on by message.
      await writeSettings(control, { ...DEFAULT_SETTINGS, autoHighlight: false });
      await article.goto(server.url('/demo/en.html'), { waitUntil: 'load' });
      tabId = await tabIdOf(control, server.url('/demo/en.html'));
      console.log(`      ${await run.browser.version()}`);
    });

    after(async () => {
      await recorder?.dispose();
      await run?.close();
      await server?.close();
      await proxy?.close();
    });

    const status = () => sendToTab<PageState | undefined>(control, tabId, 'getStatus');

    async function waitFor(what: string, ok: (s: PageState) => boolean, ms = 20_000): Promise<PageState> {
      return poll(what, async () => {
        const s = await status();
        return s && ok(s) ? s : undefined;
      }, ms);
    }

    const html = () => article.evaluate(() => document.documentElement.outerHTML);

    /** outerHTML as if the nodes the page itself added while watched were not there (they are found by path in a clone). */
    const htmlWithoutPageAdditions = () => article.evaluate(() => {
      const root = document.documentElement;
      const added = (window as unknown as PageWatch).__whosaidTestWatch.added.filter((n) => n.isConnected && n !== root);
      const paths = added.filter((n) => !added.some((m) => m !== n && m.contains(n))).map((n) => {
        const path: number[] = [];
        for (let x: Node = n; x !== root; x = x.parentNode!) path.unshift(Array.prototype.indexOf.call(x.parentNode!.childNodes, x));
        return path;
      });
      // Later siblings first, so the earlier paths stay valid.
      paths.sort((a, b) => {
        for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return b[i] - a[i];
        return b.length - a.length;
      });
      const clone = root.cloneNode(true) as Element;
      for (const path of paths) {
        let x: Node = clone;
        for (const i of path) x = x.childNodes[i];
        x.parentNode!.removeChild(x);
      }
      return clone.outerHTML;
    });

    async function visit(p: CorpusEntry): Promise<Visit> {
      const v: Visit = { id: p.id, lang: p.lang, stable: false, state: '-', attributions: 0, highlights: 0, unchanged: null, ownErrors: 0 };
      const errorsBefore = recorder!.errors.length;
      const proxiedBefore = proxy?.seen.length ?? 0;
      const url = corpusUrl(server!.origin, p.id);
      try {
        // Firefox reports a failed navigation when a page's own script then heads for a blocked address; the page is still ours.
        await article.goto(url, { waitUntil: 'load', timeout: 20_000 }).catch((e: unknown) => { v.note = `goto: ${String(e).split('\n')[0]}`; });
        // The content script decided (automatic highlighting is off: idle or not-article).
        const decided = await waitFor(`${p.id}: the content script to decide`, (s) => s.url === url && (s.state === 'idle' || s.state === 'not-article'));
        v.note = undefined;
        // A page whose own scripts still change it (timers, element queries, ads) cannot be judged:
        // watch it for a second first, with a MutationObserver in its own world.
        const before = await html();
        // The watcher stays on through the whole on/off cycle: a page may still add a node of its own while Whosaid
        // runs (tmz-1 in Firefox inserts an ad <script> seconds after load). Such additions are left out of the
        // comparison; any other change of the page's own (removals, attributes, text) leaves the page unjudged.
        // Our <style data-whosaid> (Firefox) and whosaid-* elements are not the page's: they stay in the comparison.
        // (No named functions in here: tsx would wrap them in a __name() helper the page does not have.)
        await article.evaluate(() => {
          const w = window as unknown as PageWatch;
          w.__whosaidTestWatch = { mutations: 0, others: 0, added: [] };
          new MutationObserver((l) => {
            for (const r of l) {
              const nodes = [...r.addedNodes, ...r.removedNodes];
              if (r.type === 'childList' && nodes.length > 0
                && nodes.every((n) => n.nodeType === 1 && ((n as Element).hasAttribute('data-whosaid') || (n as Element).localName.startsWith('whosaid-')))) continue;
              w.__whosaidTestWatch.mutations++;
              if (r.type === 'childList' && r.removedNodes.length === 0) w.__whosaidTestWatch.added.push(...r.addedNodes);
              else w.__whosaidTestWatch.others++;
            }
          }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        });
        await sleep(QUIET_MS);
        const selfChanges = await article.evaluate(() => (window as unknown as PageWatch).__whosaidTestWatch.mutations);
        v.stable = selfChanges === 0 && (await html()) === before;
        await sendToTab(control, tabId, decided.article ? 'setEnabled' : 'runAnyway', decided.article ? { enabled: true } : {});
        const done = await waitFor(`${p.id}: the analysis to finish`, (s) => s.state === 'done' || s.state === 'error', 30_000);
        v.state = done.state;
        v.attributions = done.attributions.length;
        if (done.state === 'error') v.note = done.error ?? '';
        if (done.attributions.length) {
          v.highlights = total(await poll(`${p.id}: highlights`, async () => {
            const s = await registrySizes(article);
            return total(s) > 0 ? s : undefined;
          }));
        }
        await sendToTab(control, tabId, 'setEnabled', { enabled: false });
        await waitFor(`${p.id}: off`, (s) => s.state === 'off');
        await poll(`${p.id}: highlights to go`, async () => (total(await registrySizes(article)) === 0 ? true : undefined));
        const watch = await article.evaluate(() => {
          const w = (window as unknown as PageWatch).__whosaidTestWatch;
          return { others: w.others, added: w.added.filter((n) => n.isConnected).length };
        });
        const after = watch.added ? await htmlWithoutPageAdditions() : await html();
        // A page that changed more than additions of its own can still be judged when it ended as it began.
        if (v.stable && watch.others > 0 && after !== before) { v.stable = false; v.note = `the page changed itself while Whosaid ran (${watch.others} changes)`; }
        if (v.stable) v.unchanged = after === before;
        if (v.unchanged === false) v.note = `outerHTML ${before.length} → ${after.length} chars; first difference at ${firstDifference(before, after)}`;
      } catch (e) {
        v.note = e instanceof Error ? e.message.split('\n')[0] : String(e);
      }
      v.ownErrors = recorder!.errors.slice(errorsBefore).filter((e) => !e.fromExtension).length;
      if (proxy) v.proxied = [proxiedBefore, proxy.seen.length];
      return v;
    }

    it(ALL ? 'every corpus page: nothing changed, no extension error, no extension request'
      : `a seeded sample of ≥ ${SAMPLE} en/ru articles: nothing changed, no extension error, no extension request`, async function () {
      this.timeout(ALL ? 900_000 : 300_000);
      const seed = sampleSeed();
      const queue = ONLY ? index.filter((p) => ONLY.includes(p.id)) : ALL ? index : mixedOrder(index.filter((p) => p.kind === 'article'), seed);
      console.log(ONLY ? `      pages ${ONLY.join(', ')}` : ALL ? `      all ${queue.length} pages` : `      sample seed ${seed} (WHOSAID_PAGES_SEED=${seed} replays this order)`);
      const visits: Visit[] = [];
      for (const p of queue) {
        if (!ALL && !ONLY && visits.filter(counted).length >= SAMPLE) break;
        const v = await visit(p);
        visits.push(v);
        console.log(`      ${v.id.padEnd(18)} ${v.lang} ${v.state.padEnd(6)} ${String(v.attributions).padStart(4)} attr ${String(v.highlights).padStart(4)} hl  `
          + `${v.state === '-' ? 'did not run' : v.unchanged === null ? 'not judged (page changes itself)' : v.unchanged ? 'unchanged' : 'CHANGED'}  ${v.ownErrors} own errors${v.note ? `  [${v.note}]` : ''}`);
      }
      const judged = visits.filter((v) => v.unchanged !== null);
      const net = recorder!.network();
      const fromUs = recorder!.extensionRequests();
      const ourErrors = recorder!.extensionErrors();
      const langs = (vs: Visit[]) => ['en', 'ru'].map((l) => `${vs.filter((v) => v.lang === l).length} ${l}`).join(', ');
      console.log(`      ${kind}: ${visits.length} pages visited, ${judged.length} judged unchanged-or-not (${langs(judged)}), `
        + `${judged.filter((v) => v.unchanged).length} unchanged, ${visits.filter(counted).length} counted`);
      console.log(`      ${kind}: ${recorder!.requests.length} requests seen (${net.length} network, ${recorder!.requests.length - net.length} packaged or data), `
        + `${fromUs.length} from the extension; ${recorder!.errors.length} errors seen, ${ourErrors.length} from the extension`);

      // The recorder sees our code start requests: the content script's import of its own page.js names content.js.
      const ours = recorder!.requests.filter((r) => r.ourCodeStarted && r.where === 'page').length;
      console.log(kind === 'chromium'
        ? `      ${kind}: ${ours} requests (our packaged page.js) traced to the content script by their initiator: a network request of ours would be caught the same way; `
          + `service-worker starts watched: ${recorder!.workersWatched}`
        : `      ${kind}: WebDriver BiDi gives no initiator stack: tab requests are attributed by where they were seen (tab or extension page), the background by the recording proxy`);
      if (kind === 'chromium') assert.ok(ours > 0, 'no request was traced to the content script: the initiator check is blind');
      if (proxy) {
        // What left Firefox and was not asked for by the tab came from elsewhere: the extension's background, or Firefox itself.
        // Proof that it sees beyond the tab: a request from an extension page must reach it.
        const probe = 'http://proxy-probe.whosaid.test/';
        await control.evaluate((u) => fetch(u).then(() => 0, () => 0), probe);
        assert.ok(proxy.seen.includes(probe), 'the recording proxy did not see a request from an extension page');
        proxy.seen.splice(proxy.seen.indexOf(probe), 1);
        const tabUrls = new Set(recorder!.requests.filter((r) => r.where === 'page').map((r) => r.url));
        const hosts = tunnelHosts(tabUrls);
        const seen = [...proxy.seen];
        const browserOwn = seen.filter(isBrowserOwn);
        const unmatched = seen.map((e, i) => ({ e, i })).filter(({ e }) => !isBrowserOwn(e) && !matchesTabRequest(e, tabUrls, hosts));
        // BiDi misses some requests of the page's iframes: a host the same page also contacts with Whosaid off is the page's.
        const byVisit = new Map<Visit, string[]>();
        const orphans: string[] = [];
        for (const { e, i } of unmatched) {
          const v = visits.find((x) => x.proxied && i >= x.proxied[0] && i < x.proxied[1]);
          if (v) byVisit.set(v, [...(byVisit.get(v) ?? []), e]); else orphans.push(e);
        }
        const elsewhere = [...orphans];
        if (byVisit.size) {
          await writeSettings(control, { ...DEFAULT_SETTINGS, autoHighlight: false, neverSites: ['127.0.0.1', 'localhost'] });
          for (const [v, entries] of byVisit) {
            const from = proxy.seen.length;
            await article.goto(corpusUrl(server!.origin, v.id), { waitUntil: 'load', timeout: 20_000 }).catch(() => undefined);
            await sleep(3000);
            const offHosts = new Set(proxy.seen.slice(from).map(hostOf));
            elsewhere.push(...entries.filter((e) => !offHosts.has(hostOf(e))));
          }
          await writeSettings(control, { ...DEFAULT_SETTINGS, autoHighlight: false });
        }
        const fromPage = seen.length - browserOwn.length - unmatched.length;
        console.log(`      ${kind}: the recording proxy saw ${seen.length} requests leave the browser: ${fromPage} seen from the tab, `
          + `${unmatched.length - elsewhere.length} more from ${byVisit.size} pages' own frames (the same hosts with Whosaid off), `
          + `${browserOwn.length} Firefox's own (${[...new Set(browserOwn.map(hostOf))].join(', ') || 'none'}), ${elsewhere.length} from anywhere else${elsewhere.length ? `: ${[...new Set(elsewhere)].slice(0, 8).join(', ')}` : ''}`);
        assert.deepEqual([...new Set(elsewhere)], [], 'requests that left Firefox from outside the page (the extension\'s background?)');
      }
      assert.deepEqual(visits.filter((v) => v.unchanged === false).map((v) => `${v.id}: ${v.note}`), [], 'pages whose DOM Whosaid left changed');
      assert.deepEqual(ourErrors.map((e) => `${e.where}: ${e.text.slice(0, 300)}`), [], 'errors caused by the extension');
      assert.deepEqual(fromUs.map((r) => `${r.where}: ${r.url}`), [], 'network requests made by the extension');
      if (ONLY) {
        assert.deepEqual(visits.filter((v) => v.state === '-').map((v) => `${v.id}: ${v.note}`), [], 'pages where Whosaid did not run to the end');
      } else if (ALL) {
        assert.deepEqual(visits.filter((v) => v.state === '-').map((v) => `${v.id}: ${v.note}`), [], 'pages where Whosaid did not run to the end');
      } else {
        assert.ok(visits.filter(counted).length >= SAMPLE, `only ${visits.filter(counted).length} usable pages (want ${SAMPLE})`);
        for (const l of ['en', 'ru']) assert.ok(visits.some((v) => counted(v) && v.lang === l), `no ${l} page in the sample`);
      }
    });
  });
}

/** The test's watcher of the page's own changes, kept in the page's window. */
interface PageWatch {
  __whosaidTestWatch: { mutations: number; others: number; added: Node[] };
}

/** A page counts toward the sample when Whosaid analyzed it and "nothing changed" could be judged. */
function counted(v: Visit): boolean {
  return v.unchanged !== null && v.state === 'done';
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return `${i}: …${JSON.stringify(a.slice(Math.max(0, i - 60), i + 60))} vs …${JSON.stringify(b.slice(Math.max(0, i - 60), i + 60))}`;
}

function hostOf(entry: string): string {
  try {
    return new URL(entry).hostname;
  } catch {
    return entry;
  }
}
