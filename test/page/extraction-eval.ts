// Extraction quality on the real saved pages of ../shared/corpus/pages:
// token F1 of the text model's text (src/page under jsdom, as the CLI runs it)
// against each page's article truth (article.txt, or the text of article.html).
//
//   npx tsx test/page/extraction-eval.ts [id ...]
import { existsSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../../src/page/extract.js';

export const PAGES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus/pages');

interface IndexEntry { id: string; lang: string; kind: string; truth_files: string[] }

export interface PageScore {
  id: string;
  lang: string;
  signal: string | null;
  chars: number;
  precision: number;
  recall: number;
  f1: number;
  ms: number;
}

/** Words, and each CJK character on its own (no spaces to split Chinese or Japanese at). */
export function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+/gu) ?? [];
}

export function tokenF1(got: string, want: string): { precision: number; recall: number; f1: number } {
  const counts = new Map<string, number>();
  const w = tokens(want);
  for (const t of w) counts.set(t, (counts.get(t) ?? 0) + 1);
  const g = tokens(got);
  let overlap = 0;
  for (const t of g) {
    const c = counts.get(t) ?? 0;
    if (c > 0) { overlap++; counts.set(t, c - 1); }
  }
  const precision = g.length ? overlap / g.length : 0;
  const recall = w.length ? overlap / w.length : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function truthText(dir: string): string | null {
  if (existsSync(join(dir, 'article.txt'))) return readFileSync(join(dir, 'article.txt'), 'utf8');
  if (!existsSync(join(dir, 'article.html'))) return null;
  const dom = new JSDOM(readFileSync(join(dir, 'article.html'), 'utf8'));
  const parts: string[] = [];
  const walker = dom.window.document.createTreeWalker(dom.window.document.body, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push((n as Text).data);
  dom.window.close();
  return parts.join(' ');
}

export function pagesWithTruth(dir = PAGES_DIR): IndexEntry[] {
  if (!existsSync(join(dir, 'index.json'))) return [];
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as IndexEntry[];
  return index.filter((p) => p.truth_files.includes('article.txt') || p.truth_files.includes('article.html'));
}

export function scorePage(entry: IndexEntry, dir = PAGES_DIR): PageScore | null {
  const pageDir = join(dir, entry.id);
  const truth = truthText(pageDir);
  if (truth === null) return null;
  const dom = new JSDOM(readFileSync(join(pageDir, 'page.html'), 'utf8'), { url: 'http://127.0.0.1/', virtualConsole: new VirtualConsole() });
  const t0 = performance.now();
  const { model, signal } = extractArticle(dom.window.document);
  const ms = performance.now() - t0;
  dom.window.close();
  return { id: entry.id, lang: entry.lang, signal, chars: model.text.length, ms, ...tokenF1(model.text, truth) };
}

export function evaluate(ids?: string[], dir = PAGES_DIR): { pages: PageScore[]; mean: number; min: PageScore | null } {
  const pages: PageScore[] = [];
  for (const e of pagesWithTruth(dir)) {
    if (ids?.length && !ids.includes(e.id)) continue;
    const s = scorePage(e, dir);
    if (s) pages.push(s);
  }
  const mean = pages.length ? pages.reduce((n, p) => n + p.f1, 0) / pages.length : 0;
  const min = pages.reduce<PageScore | null>((m, p) => (!m || p.f1 < m.f1 ? p : m), null);
  return { pages, mean, min };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!existsSync(PAGES_DIR)) {
    console.log(`no corpus at ${PAGES_DIR}`);
    process.exit(0);
  }
  const { pages, mean, min } = evaluate(process.argv.slice(2));
  const f = (x: number) => x.toFixed(3);
  console.log('page                 lang signal           chars      P      R     F1   ms');
  for (const p of pages) {
    console.log(`${p.id.padEnd(20)} ${p.lang.padEnd(4)} ${(p.signal ?? '-').padEnd(15)} ${String(p.chars).padStart(7)}  ${f(p.precision)}  ${f(p.recall)}  ${f(p.f1)}  ${p.ms.toFixed(0).padStart(3)}`);
  }
  console.log(`\n${pages.length} pages  mean F1 ${f(mean)}  worst ${min?.id} ${min ? f(min.f1) : '-'}`);
}
