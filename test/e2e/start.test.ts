// `npm start` on a machine without a display: it must say so, point to the CLI,
// print the CLI's report for the demo article and exit 0 (runs after the build).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../../src/dev/static-server.js';

function start(args: string[]) {
  const env = { ...process.env };
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  return spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'src/dev/start.ts'), ...args], {
    cwd: REPO_ROOT,
    env,
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('npm start without a display', () => {
  it('says there is no display, points to the CLI and prints its report for the demo article', () => {
    const run = start([]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /no display/i);
    assert.match(run.stdout, /node dist\/cli\.js analyze --html test\/fixtures\/demo\/en\.html --markdown/);
    assert.match(run.stdout, /^# Who said what: test\/fixtures\/demo\/en\.html$/m);
  });

  it('prints the Russian article report with --ru', () => {
    const run = start(['--ru']);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^# Who said what: test\/fixtures\/demo\/ru\.html$/m);
  });

  it('rejects an unknown option with usage and exit code 2', () => {
    const run = start(['--bogus']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /unknown option --bogus/);
  });
});
