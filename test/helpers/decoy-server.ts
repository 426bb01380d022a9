// A server on another loopback address (127.0.0.2), standing in for "the internet":
// browser tests check that the test browsers never reach it.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface DecoyServer {
  url: string;
  /** Requests that reached it. */
  hits: number;
  close(): Promise<void>;
}

/** Null when this machine cannot bind 127.0.0.2 (then the blocking test skips). */
export async function startDecoyServer(): Promise<DecoyServer | null> {
  let hits = 0;
  const server = createServer((_req, res) => {
    hits++;
    res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8', 'Access-Control-Allow-Origin': '*' }).end('reached');
  });
  const bound = await new Promise<boolean>((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(0, '127.0.0.2', () => resolve(true));
  });
  if (!bound) return null;
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.2:${port}/`;
  // Only useful if Node itself gets through: otherwise "blocked" would prove nothing.
  const ok = await fetch(url).then((r) => r.ok, () => false);
  hits = 0;
  if (!ok) {
    server.close();
    return null;
  }
  return {
    url,
    get hits() {
      return hits;
    },
    close: () => new Promise<void>((done) => {
      server.closeAllConnections();
      server.close(() => done());
    }),
  };
}

/** Fetches `url` from inside a page: 'reached' or 'blocked'. */
export const fetchFromPage = (url: string): Promise<'reached' | 'blocked'> =>
  fetch(url, { mode: 'no-cors', cache: 'no-store' }).then(() => 'reached' as const, () => 'blocked' as const);
