// The test server the browser tests and `npm start` rely on.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_PAGES_DIR, DEMO_DIR, resolveRequest, startStaticServer, type StaticServer } from '../../src/dev/static-server.js';

describe('static test server', () => {
  let server: StaticServer;
  before(async () => {
    server = await startStaticServer();
  });
  after(() => server.close());

  it('listens on 127.0.0.1 only', () => {
    assert.match(server.origin, /^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves the demo pages as UTF-8, so Cyrillic survives pages that declare no charset', async () => {
    const res = await fetch(server.url('/demo/ru.html'));
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
    const body = await res.text();
    assert.equal(body, readFileSync(join(DEMO_DIR, 'ru.html'), 'utf8'));
    assert.match(body, /Северогорск/);
  });

  it('answers 404 for missing files and never serves files outside a mount', async () => {
    assert.equal((await fetch(server.url('/demo/no-such-page.html'))).status, 404);
    assert.equal((await fetch(server.url('/package.json'))).status, 404);
    assert.equal((await fetch(server.url('/demo/%2e%2e/%2e%2e/package.json'))).status, 404);
    assert.equal(resolveRequest({ '/demo/': DEMO_DIR }, '/demo/../../../package.json'), null);
    assert.equal(resolveRequest({ '/demo/': DEMO_DIR }, '/demo/..%2F..%2Fpackage.json'), null);
  });

  it('serves the shared corpus of saved news pages under /corpus/ when ../shared is present', async function () {
    if (!existsSync(CORPUS_PAGES_DIR)) this.skip();
    const index = JSON.parse(readFileSync(join(CORPUS_PAGES_DIR, 'index.json'), 'utf8')) as Array<{ id: string }>;
    const first = index[0];
    assert.ok(first, 'index.json lists pages');
    const res = await fetch(server.url(`/corpus/${first.id}/page.html`));
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
  });
});
