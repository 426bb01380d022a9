// npm run bench: the engine benchmark, then the page benchmark when present
// (test/bench/pages.ts, written separately; it needs a build and a browser),
// then the load pages (test/bench/load.ts: long tasks, heap before/after).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runBuiltEngineBench, runEngineBench } from './engine.js';

runEngineBench();
await runBuiltEngineBench();

const pages = fileURLToPath(new URL('./pages.ts', import.meta.url));
if (existsSync(pages)) {
  type PagesModule = { benchPages?: (ids?: string[]) => Promise<void>; run?: () => unknown; default?: () => unknown };
  const mod = (await import('./pages.js')) as PagesModule;
  const fn = mod.benchPages ?? mod.run ?? mod.default;
  if (typeof fn === 'function') {
    console.log('');
    try {
      await fn();
    } catch (e) {
      console.error('page bench failed:', e);
      process.exitCode = 1;
    }
  }
}

console.log('');
try {
  const { benchLoad } = await import('./load.js');
  await benchLoad();
} catch (e) {
  console.error('load bench failed:', e);
  process.exitCode = 1;
}
