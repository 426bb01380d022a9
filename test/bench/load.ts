// The load part of `npm run bench` (issue 6): the load pages of
// test/fixtures/hostile/ (a 5 MB article, a 20,000-paragraph live blog, text
// 10,000 elements deep, a page changing every 10 ms) in headless Chromium with
// the built extension. For each: the state Whosaid ends in and its note, when
// it finished, the longest long task after the page built itself with Whosaid
// on and with it off (same page, same run; with a development build, only
// tasks ending after the content script started: a huge page's own first
// layout can come before it), the tab's heap after GC before and after (the
// churn page is watched for 30 s), their ratio, the worst lateness of a 20 ms
// timer in the page (on and off), and, with a development build, Whosaid's own
// longest synchronous step (slice) and its main-thread time per part.
//
//   npx tsx test/bench/load.ts [id ...]
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../helpers/browsers.js';
import { openExtensionPage, tabIdOf } from '../helpers/extension-probes.js';
import { LOAD_PAGES, probeLoadPage, setBaseline, type LoadResult } from '../helpers/load-probe.js';
import { DEMO_DIR, REPO_ROOT, startStaticServer } from '../../src/dev/static-server.js';
import { englishSkipNote } from '../../src/shared/types.js';

const CHURN_MS = Number(process.env.BENCH_CHURN_MS) || 30_000;

export async function benchLoad(ids: string[] = []): Promise<void> {
  if (!existsSync(join(REPO_ROOT, 'dist/chrome/manifest.json'))) execFileSync('node', ['build.mjs'], { cwd: REPO_ROOT, stdio: 'inherit' });
  const server = await startStaticServer({ mounts: { '/demo/': DEMO_DIR, '/hostile/': join(REPO_ROOT, 'test/fixtures/hostile') } });
  const run = await launchChromium();
  try {
    const article = (await run.browser.pages())[0] ?? (await run.browser.newPage());
    const control = await run.browser.newPage();
    await openExtensionPage(run, control, 'popup.html');
    await article.goto(server.url('/demo/en.html'), { waitUntil: 'load' });
    const tabId = await tabIdOf(control, server.url('/demo/en.html'));
    const ctx = { article, control, tabId, origin: server.origin, extensionOrigin: run.extensionOrigin };
    console.log(`load: ${await run.browser.version()} headless, dist/chrome; long tasks after the page built itself, Whosaid on vs off; heap after GC (MB)`);
    console.log('ours: our longest synchronous step (ms); parts: our main-thread ms in all, finding the content / building the text / painting');
    console.log('page          state   chars    finished  task on  task off  #long  ours  parts           heap before → after  ratio  lag on  lag off  note');
    for (const p of LOAD_PAGES.filter((x) => !ids.length || ids.includes(x.id))) {
      const churn = p.churnMs ? CHURN_MS : 0;
      await setBaseline(control, true);
      const off = await probeLoadPage(ctx, p, churn ? 4000 : 0);
      await setBaseline(control, false);
      let on: LoadResult;
      try {
        on = await probeLoadPage(ctx, p, churn);
      } catch (e) {
        console.log(`${p.id.padEnd(13)} failed: ${e instanceof Error ? e.message : String(e)}`);
        continue;
      }
      const s = on.state;
      const note = [...(s.skipNotes ?? []).map(englishSkipNote), s.error ?? ''].filter(Boolean).join('; ');
      const f = (x: number, d = 0) => x.toFixed(d);
      console.log(`${p.id.padEnd(13)} ${s.state.padEnd(7)} ${String(s.chars).padStart(7)} ${f(on.finishedAt).padStart(7)} ms ${f(on.longestTask).padStart(6)} ms ${f(off.longestTask).padStart(6)} ms ${String(on.longTasks).padStart(5)} ${on.ourLongest === null ? '    -' : f(on.ourLongest).padStart(5)}  ${(on.ourParts ? `${f(on.ourParts.main)}/${f(on.ourParts.extract)}/${f(on.ourParts.paint)}` : '-').padEnd(14)} ${f(on.heapBefore, 1).padStart(8)} → ${f(on.heapAfter, 1).padStart(6)} ${f(on.heapAfter / on.heapBefore, 2).padStart(6)} ${f(on.worstLag).padStart(5)} ms ${f(off.worstLag).padStart(5)} ms  ${note}${churn ? `  (watched ${churn / 1000} s: heap ${on.heapSamples.map((x) => x.toFixed(1)).join(', ')}; done in ${on.doneSamples}/${on.heapSamples.length} samples)` : ''}`);
    }
  } finally {
    await run.close();
    await server.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  benchLoad(process.argv.slice(2)).catch((e) => { console.error(e); process.exitCode = 1; });
}
