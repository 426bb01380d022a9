// The saved news pages of ../shared/corpus/pages (read-only, outside the repo):
// their index, and each page loaded into jsdom without running its scripts.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';

export const PAGES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus/pages');

export interface CorpusPage { id: string; lang: string; url?: string; kind?: string }

/** The pages listed in index.json; empty when the corpus is absent. */
export function corpusPages(): CorpusPage[] {
  const index = join(PAGES_DIR, 'index.json');
  if (!existsSync(index)) return [];
  const list = JSON.parse(readFileSync(index, 'utf8')) as CorpusPage[];
  return list.filter((p) => existsSync(join(PAGES_DIR, p.id, 'page.html')));
}

export function loadCorpusPage(p: CorpusPage): JSDOM {
  const html = readFileSync(join(PAGES_DIR, p.id, 'page.html'), 'utf8');
  // No runScripts, no resources: the DOM as served.
  return new JSDOM(html, { url: pageUrl(p), pretendToBeVisual: true, virtualConsole: new VirtualConsole() });
}

/** The page's own address when it is a usable absolute URL (some are protocol-relative), else a stand-in. */
function pageUrl(p: CorpusPage): string {
  const url = p.url?.startsWith('//') ? `https:${p.url}` : p.url;
  return url && URL.canParse(url) ? url : `https://${p.id}.example/`;
}
