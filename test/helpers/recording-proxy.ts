// A proxy on 127.0.0.1 that forwards nothing: it writes down every request a
// browser sends it and refuses it. Firefox in the tests sends all non-loopback
// traffic here, from every part of the browser (tabs, the extension's hidden
// background page), so it sees what WebDriver BiDi cannot.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordingProxy {
  port: number;
  /** Absolute URLs (plain HTTP) and https://host:port (tunnels), in arrival order. */
  readonly seen: string[];
  close(): Promise<void>;
}

export async function startRecordingProxy(): Promise<RecordingProxy> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(req.url ?? '');
    res.writeHead(502, { 'Content-Type': 'text/plain' }).end('blocked by the test proxy');
  });
  server.on('connect', (req, socket) => {
    seen.push(`https://${req.url ?? ''}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    close: () => new Promise<void>((done) => { server.closeAllConnections(); server.close(() => done()); }),
  };
}

/** Whether a proxied entry matches a request the tab itself made (a tunnel matches any https URL of its host:port). */
export function matchesTabRequest(entry: string, tabUrls: ReadonlySet<string>, tabHosts: ReadonlySet<string>): boolean {
  if (tabUrls.has(entry)) return true;
  const m = /^https:\/\/([^/]+)$/.exec(entry);
  return !!m && tabHosts.has(m[1]!);
}

/** host:port of every https/wss URL (default port 443), for matching tunnels. */
export function tunnelHosts(urls: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const u of urls) {
    try {
      const url = new URL(u);
      if (url.protocol === 'https:' || url.protocol === 'wss:') out.add(`${url.hostname}:${url.port || '443'}`);
      if (url.protocol === 'http:' || url.protocol === 'ws:') out.add(`${url.hostname}:${url.port || '80'}`);
    } catch { /* not a URL */ }
  }
  return out;
}

/** Firefox's own services (remote settings, updates, telemetry): traffic of the browser, not of any page or add-on. */
const BROWSER_OWN = /^(?:[\w-]+\.)*(?:mozilla\.(?:com|org|net)|firefox\.com|mozaws\.net)$/i;

export function isBrowserOwn(entry: string): boolean {
  try {
    return BROWSER_OWN.test(new URL(entry).hostname);
  } catch {
    return false;
  }
}

