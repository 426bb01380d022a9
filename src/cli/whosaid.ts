// whosaid analyze [--lang auto|en|ru] [--jsonl | --json | --markdown] [--html] FILE...
// Reads each file ('-' is stdin), runs the engine, prints one result per file.
// Errors go to stderr; the other files are still processed; exit code 1 if any failed.
import { readFileSync } from 'node:fs';
import { analyze, summary, languageModule } from '../engine/index.js';
import type { Analysis, Summary } from '../engine/types.js';
import { markdownReport } from './markdown.js';
import { decodeInput } from './decode.js';

const USAGE = `Usage: whosaid analyze [--lang auto|en|ru] [--jsonl | --json | --markdown] [--html] FILE...
  FILE     a text file (or a saved page with --html); '-' reads standard input
  --lang   language of the text (default: auto, detected per sentence)
  --jsonl  one JSON object per file per line (default)
  --json   one JSON array of all results
  --markdown  a readable who-said-what report
  --html   the input is a saved web page: the article text is extracted first`;

export interface FileResult {
  file: string;
  lang: string;
  /** Present (false) only when the text is in a language no module reads; --lang forces one. */
  supported?: false;
  attributions: Analysis['attributions'];
  summary: Summary;
  text?: string;
  skipped?: string[];
}

interface Options { lang: string; format: 'jsonl' | 'json' | 'markdown'; html: boolean; files: string[] }

function parseArgs(argv: string[]): Options | string {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') return USAGE;
  if (command !== 'analyze') return `unknown command: ${command ?? '(none)'}\n${USAGE}`;
  const o: Options = { lang: 'auto', format: 'jsonl', html: false, files: [] };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--lang') o.lang = rest[++i] ?? '';
    else if (a.startsWith('--lang=')) o.lang = a.slice(7);
    else if (a === '--jsonl' || a === '--json' || a === '--markdown') o.format = a.slice(2) as Options['format'];
    else if (a === '--html') o.html = true;
    else if (a === '-' || !a.startsWith('-')) o.files.push(a);
    else return `unknown option: ${a}\n${USAGE}`;
  }
  if (o.lang !== 'auto' && !languageModule(o.lang)) return `unknown language: ${o.lang} (try auto, en, ru)`;
  if (!o.files.length) return `no input files\n${USAGE}`;
  return o;
}

async function readInput(file: string): Promise<Buffer> {
  if (file !== '-') return readFileSync(file);
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

async function analyzeFile(file: string, o: Options): Promise<FileResult> {
  const bytes = await readInput(file);
  const raw = decodeInput(bytes, o.html);
  let text = raw;
  let hint: string | undefined;
  let skipped: string[] | undefined;
  if (o.html) {
    const { extractFromHtml } = await import('./html.js');
    const page = await extractFromHtml(raw);
    text = page.text;
    hint = page.lang;
    skipped = page.skipped;
  }
  const analysis = analyze(text, { lang: o.lang, langHint: hint });
  const result: FileResult = { file, lang: analysis.lang, attributions: analysis.attributions, summary: summary(analysis, text) };
  if (!analysis.supported) result.supported = false;
  if (o.html) result.text = text;
  if (skipped?.length) result.skipped = skipped;
  return result;
}

export async function main(argv: string[]): Promise<number> {
  const o = parseArgs(argv);
  if (typeof o === 'string') {
    const help = o === USAGE;
    (help ? process.stdout : process.stderr).write(o + '\n');
    return help ? 0 : 2;
  }
  let failed = 0;
  const all: FileResult[] = [];
  for (const file of o.files) {
    try {
      const r = await analyzeFile(file, o);
      if (o.format === 'jsonl') process.stdout.write(JSON.stringify(r) + '\n');
      else if (o.format === 'markdown') process.stdout.write(markdownReport(r) + '\n');
      else all.push(r);
    } catch (e) {
      failed++;
      process.stderr.write(`whosaid: ${file}: ${e instanceof Error ? e.message : String(e)}\n`);
    }
  }
  if (o.format === 'json') process.stdout.write(JSON.stringify(all, null, 2) + '\n');
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
