// The always-on content script runs on every page: it must stay small and
// must not bundle webextension-polyfill, whose start-up alone cost 3–5 ms of
// main thread per page. Bundled here in memory as the production build does.
import { strict as assert } from 'node:assert';
import * as esbuild from 'esbuild';
import { REPO_ROOT } from '../../src/dev/static-server.js';

async function bundle(entry: string) {
  const r = await esbuild.build({
    absWorkingDir: REPO_ROOT,
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    minify: true,
    legalComments: 'none',
    format: 'iife',
    platform: 'browser',
    target: ['chrome120', 'firefox140'],
    define: { __BROWSER__: '"chrome"', __DEV__: 'false' },
    logLevel: 'silent',
  });
  return { bytes: r.outputFiles[0]!.contents.length, inputs: Object.keys(r.metafile.inputs) };
}

describe('the always-on content script bundle', function () {
  this.timeout(30000);

  it('does not include webextension-polyfill', async () => {
    const { inputs } = await bundle('src/extension/content.ts');
    assert.deepEqual(inputs.filter((p) => p.includes('webextension-polyfill') || p.endsWith('extension/browser.ts') || p.endsWith('extension/messages.ts')), []);
  });

  it('is at most 20 KB minified', async () => {
    const { bytes } = await bundle('src/extension/content.ts');
    assert.ok(bytes <= 20 * 1024, `${bytes} bytes`);
  });

  it('the background still has the polyfill (the check above can fail)', async () => {
    const { inputs } = await bundle('src/extension/background.ts');
    assert.ok(inputs.some((p) => p.includes('webextension-polyfill')));
  });
});
