#!/usr/bin/env node
// Lints the Firefox build with web-ext (addons-linter, offline) and fails on any
// error and on any warning except BACKGROUND_SERVICE_WORKER_IGNORED, which a manifest
// carrying both background keys cannot avoid. Run after a build: npm run test:lint
// (node test/helpers/lint-firefox.mjs [DIR] lints DIR instead of dist/firefox).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
// An optional argument lints another unpacked extension (used to check this script fails when it should).
const sourceDir = process.argv[2] ? resolve(process.argv[2]) : join(root, 'dist/firefox');
const ALLOWED_WARNINGS = new Set(['BACKGROUND_SERVICE_WORKER_IGNORED']);

if (!existsSync(join(sourceDir, 'manifest.json'))) {
  console.error(`lint: ${relative(root, sourceDir)}/manifest.json is missing; run npm run build first`);
  process.exit(1);
}

// web-ext's package exports hide package.json: find its bin from the main entry's folder.
const require = createRequire(import.meta.url);
let dir = dirname(require.resolve('web-ext'));
while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
const webExtBin = join(dir, JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).bin['web-ext']);

const run = spawnSync(
  process.execPath,
  [webExtBin, 'lint', '--source-dir', sourceDir, '--output', 'json', '--no-config-discovery', '--no-input'],
  { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
);
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`lint: web-ext did not print a JSON report (exit ${run.status})\n${run.stdout}\n${run.stderr}`);
  process.exit(1);
}

const line = (m) => `  ${m._type ?? ''} ${m.code}: ${m.message}${m.file ? ` (${m.file}${m.line ? `:${m.line}` : ''})` : ''}`;
const { errors = [], warnings = [], notices = [] } = report;
console.log(`web-ext lint ${relative(root, sourceDir)}: ${errors.length} errors, ${warnings.length} warnings, ${notices.length} notices`);
for (const m of [...errors, ...warnings, ...notices]) console.log(line(m));

const badWarnings = warnings.filter((w) => !ALLOWED_WARNINGS.has(w.code));
if (errors.length || badWarnings.length) {
  console.error(`lint failed: ${errors.length} errors, ${badWarnings.length} warnings other than ${[...ALLOWED_WARNINGS].join(', ')}`);
  process.exit(1);
}
console.log('lint ok');
