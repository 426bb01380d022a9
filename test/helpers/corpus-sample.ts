// Which saved corpus pages (../shared/corpus/pages) a browser run visits: all of
// them, or a seeded sample of English and Russian articles that rotates daily.
// The seed is printed; WHOSAID_PAGES_SEED=<seed> replays a run's order.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_PAGES_DIR } from '../../src/dev/static-server.js';
import { rng } from '../reliability/prng.js';

export interface CorpusEntry { id: string; lang: string; kind: string }

export function corpusIndex(): CorpusEntry[] {
  const index = join(CORPUS_PAGES_DIR, 'index.json');
  if (!existsSync(index)) return [];
  return (JSON.parse(readFileSync(index, 'utf8')) as CorpusEntry[])
    .filter((p) => existsSync(join(CORPUS_PAGES_DIR, p.id, 'page.html')));
}

/** Today's seed (UTC day number), unless WHOSAID_PAGES_SEED gives one. */
export function sampleSeed(): number {
  const env = Number(process.env.WHOSAID_PAGES_SEED);
  return Number.isInteger(env) && env > 0 ? env : Math.floor(Date.now() / 86_400_000);
}

function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const r = rng(seed);
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * English and Russian pages in a seeded order, about two English to one Russian
 * (the corpus has 30 and 11), so any prefix is mixed. Callers take pages from the
 * front until they have enough usable ones.
 */
export function mixedOrder(pages: readonly CorpusEntry[], seed: number): CorpusEntry[] {
  const en = shuffled(pages.filter((p) => p.lang === 'en'), seed);
  const ru = shuffled(pages.filter((p) => p.lang === 'ru'), seed + 1);
  const out: CorpusEntry[] = [];
  while (en.length || ru.length) {
    if (ru.length) out.push(ru.shift()!);
    for (let k = 0; k < 2 && en.length; k++) out.push(en.shift()!);
  }
  return out;
}

/** mirror-1 leaves for the live site unless its host is localhost (corpus README). */
export function corpusUrl(origin: string, id: string): string {
  const u = new URL(origin);
  if (id === 'mirror-1') u.hostname = 'localhost';
  return `${u.origin}/corpus/${id}/page.html`;
}
