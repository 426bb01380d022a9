// `npm start`: serves the demo news pages on 127.0.0.1 and opens a browser with the
// freshly built extension loaded, on the English demo article.
//
//   npm start                 Chromium with dist/chrome
//   npm start -- --firefox    Firefox with dist/firefox (through web-ext run, which reloads on rebuild)
//   npm start -- --ru         open the Russian demo article instead
//   npm start -- --port 8080  serve on a fixed port (default: 5317, or any free one if taken)
//
// Without a display there is no browser to show: it says so and prints what the CLI
// finds on the same demo page instead.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { BROWSER_CANDIDATES, browserEnv, chromiumSandboxFlags, CHROMIUM_QUIET_FLAGS, findBrowser, type BrowserKind } from './find-browser.js';
import { REPO_ROOT, startStaticServer, type StaticServer } from './static-server.js';

const DEFAULT_PORT = 5317;

interface StartOptions {
  kind: BrowserKind;
  page: 'en' | 'ru';
  port: number | null;
}

function parseArgs(argv: string[]): StartOptions {
  const o: StartOptions = { kind: 'chromium', page: 'en', port: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--firefox') o.kind = 'firefox';
    else if (a === '--chromium' || a === '--chrome') o.kind = 'chromium';
    else if (a === '--ru') o.page = 'ru';
    else if (a === '--en') o.page = 'en';
    else if (a === '--port') o.port = Number(argv[++i]);
    else if (a.startsWith('--port=')) o.port = Number(a.slice(7));
    else {
      console.error(`npm start: unknown option ${a}\nusage: npm start [-- --firefox] [--ru] [--port N]`);
      process.exit(2);
    }
  }
  if (o.port !== null && !(Number.isInteger(o.port) && o.port > 0 && o.port < 65536)) {
    console.error('npm start: --port needs a port number');
    process.exit(2);
  }
  return o;
}

const demoFile = (page: string) => join(REPO_ROOT, 'test/fixtures/demo', `${page}.html`);
const cliCommand = (page: string) => `node dist/cli.js analyze --html ${relative(REPO_ROOT, demoFile(page))} --markdown`;

function hasDisplay(): boolean {
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

/** Runs a child to completion with the terminal attached; resolves to its exit code. */
function runInherit(cmd: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: REPO_ROOT, stdio: 'inherit' });
    child.on('error', (e) => {
      console.error(String(e));
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function withoutDisplay(o: StartOptions): Promise<number> {
  console.log(
    [
      'npm start: no display found ($DISPLAY and $WAYLAND_DISPLAY are unset), so no browser window can open here.',
      'On a desktop, `npm start` opens Chromium (or Firefox with `npm start -- --firefox`) with Whosaid loaded on a demo article.',
      '',
      'Here, the command-line tool shows what Whosaid finds on that demo article:',
      `  ${cliCommand(o.page)}`,
      '',
    ].join('\n'),
  );
  return runInherit(process.execPath, ['dist/cli.js', 'analyze', '--html', relative(REPO_ROOT, demoFile(o.page)), '--markdown']);
}

async function serve(o: StartOptions): Promise<StaticServer> {
  const mounts = { '/demo/': join(REPO_ROOT, 'test/fixtures/demo') };
  if (o.port !== null) return startStaticServer({ mounts, port: o.port });
  try {
    return await startStaticServer({ mounts, port: DEFAULT_PORT });
  } catch {
    return startStaticServer({ mounts }); // default port taken: any free one
  }
}

function startChromium(exe: string, url: string, profileDir: string): ChildProcess {
  const ext = join(REPO_ROOT, 'dist/chrome');
  return spawn(
    exe,
    [
      ...chromiumSandboxFlags(),
      ...CHROMIUM_QUIET_FLAGS,
      `--user-data-dir=${profileDir}`,
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      url,
    ],
    { cwd: REPO_ROOT, env: browserEnv(profileDir), stdio: ['ignore', 'ignore', 'pipe'] },
  );
}

function startFirefox(exe: string, url: string): ChildProcess {
  // web-ext makes (and deletes) a temporary profile, installs dist/firefox as a temporary
  // add-on and reloads it when `npm run watch` rebuilds.
  const require = createRequire(import.meta.url);
  const webExt = join(require.resolve('web-ext').replace(/[\\/]index\.js$/, ''), 'bin/web-ext.js');
  return spawn(
    process.execPath,
    [webExt, 'run', '--source-dir', join(REPO_ROOT, 'dist/firefox'), '--firefox', exe, '--start-url', url, '--no-config-discovery'],
    { cwd: REPO_ROOT, stdio: 'inherit' },
  );
}

async function main(): Promise<number> {
  const o = parseArgs(process.argv.slice(2));
  const dist = join(REPO_ROOT, o.kind === 'chromium' ? 'dist/chrome' : 'dist/firefox');
  if (!existsSync(join(dist, 'manifest.json')) || !existsSync(join(REPO_ROOT, 'dist/cli.js'))) {
    console.error('npm start: the build is missing; run `node build.mjs` first (npm start does).');
    return 1;
  }
  if (!hasDisplay()) return withoutDisplay(o);

  const exe = findBrowser(o.kind);
  if (!exe) {
    const pkg = o.kind === 'chromium' ? 'chromium' : 'firefox-esr';
    console.error(
      `npm start: ${o.kind} is not installed (install it, e.g. \`apt-get install ${pkg}\`, or set ${BROWSER_CANDIDATES[o.kind].env} to its executable).\n` +
        `Meanwhile the CLI works without a browser: ${cliCommand(o.page)}`,
    );
    return 1;
  }

  const server = await serve(o);
  const url = server.url(`/demo/${o.page}.html`);
  console.log(`Serving the demo articles at ${server.url('/demo/en.html')} and ${server.url('/demo/ru.html')}`);
  console.log(`Opening ${o.kind} (${exe}) with ${relative(REPO_ROOT, dist)} loaded. Close the browser or press Ctrl-C to stop.`);

  const profileDir = o.kind === 'chromium' ? mkdtempSync(join(tmpdir(), 'whosaid-start-')) : null;
  const child = o.kind === 'chromium' ? startChromium(exe, url, profileDir!) : startFirefox(exe, url);
  let stderrTail = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderrTail = (stderrTail + d.toString()).slice(-4000);
  });

  // web-ext shuts Firefox down and deletes its profile on SIGINT only (a SIGTERM leaves Firefox running).
  const stop = () => {
    if (child.exitCode === null) child.kill(o.kind === 'firefox' ? 'SIGINT' : 'SIGTERM');
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  const code = await new Promise<number>((resolve) => {
    child.on('error', (e) => {
      console.error(`npm start: could not start ${exe}: ${String(e)}`);
      resolve(1);
    });
    child.on('exit', (c, signal) => resolve(c ?? (signal === 'SIGTERM' || signal === 'SIGINT' ? 0 : 1)));
  });
  await server.close();
  if (profileDir) rmSync(profileDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  if (code !== 0 && stderrTail) console.error(`${o.kind} exited with code ${code}; its last output:\n${stderrTail}`);
  return code;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
