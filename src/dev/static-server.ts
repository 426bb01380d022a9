// A small static file server bound to 127.0.0.1 for `npm start` and the browser tests.
// Every text response carries `charset=utf-8`: saved pages often declare none, and
// without the header a browser guesses a legacy encoding and garbles Cyrillic.
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const DEMO_DIR = join(REPO_ROOT, 'test/fixtures/demo');
/** Real saved news pages; shared material next to the repository, absent on a bare clone. */
export const CORPUS_PAGES_DIR = resolve(REPO_ROOT, '../shared/corpus/pages');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
};

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  port: number;
  /** Absolute URL of a served path, e.g. url('/demo/en.html'). */
  url(path: string): string;
  /** URL prefixes that are mounted, e.g. ['/demo/', '/corpus/']. */
  mounts: string[];
  close(): Promise<void>;
}

export interface ServeOptions {
  /** URL prefix → directory. Default: /demo/ → test/fixtures/demo, and /corpus/ → ../shared/corpus/pages when present. */
  mounts?: Record<string, string>;
  port?: number;
}

export function defaultMounts(): Record<string, string> {
  const mounts: Record<string, string> = { '/demo/': DEMO_DIR };
  if (existsSync(CORPUS_PAGES_DIR)) mounts['/corpus/'] = CORPUS_PAGES_DIR;
  return mounts;
}

/** Maps a request path onto a file inside one mount; null if outside every mount. */
export function resolveRequest(mounts: Record<string, string>, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  for (const [prefix, dir] of Object.entries(mounts)) {
    if (!decoded.startsWith(prefix)) continue;
    const base = resolve(dir);
    const file = resolve(base, normalize('.' + sep + decoded.slice(prefix.length)));
    // No escaping the mounted directory with ../ or encoded slashes.
    if (file !== base && !file.startsWith(base + sep)) return null;
    return file;
  }
  return null;
}

export function startStaticServer(options: ServeOptions = {}): Promise<StaticServer> {
  const mounts = options.mounts ?? defaultMounts();
  const server: Server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let file = resolveRequest(mounts, pathname);
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found\n');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': statSync(file).size,
      'Cache-Control': 'no-store',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      const origin = `http://127.0.0.1:${port}`;
      resolvePromise({
        origin,
        port,
        mounts: Object.keys(mounts),
        url: (path) => new URL(path, origin).href,
        close: () => new Promise<void>((done) => {
          server.closeAllConnections();
          server.close(() => done());
        }),
      });
    });
  });
}
