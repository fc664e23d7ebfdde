import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runCli } from '../../src';
import { captureIo } from '../fixtures/capture-io';
import { makeTempDir, removeTempDirs } from '../fixtures/temp-dir';

const ROOT = resolve(__dirname, '..', '..', '..', '..');

afterAll(removeTempDirs);
jest.setTimeout(300_000);

// A project made by `jujuts init` compiles against the installed @jujuts/ops,
// which (in this repository) is the workspace package's dist/: build it if a
// fresh checkout has none yet.
beforeAll(() => {
  const built = ['ops', 'testing'].every((p) => existsSync(join(ROOT, 'packages', p, 'dist', 'index.d.ts')));
  if (!built) {
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-b'], { cwd: ROOT, stdio: 'ignore' });
  }
});

async function cli(cwd: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = captureIo(cwd);
  const code = await runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('init → build → pack → sim, in a temp dir', () => {
  it('runs the generated Kubernetes charm through its first hooks', async () => {
    const cwd = makeTempDir('jujuts-e2e-');
    // Resolve @jujuts/ops, class-validator & co. as an installed project would.
    symlinkSync(join(ROOT, 'node_modules'), join(cwd, 'node_modules'));
    expect((await cli(cwd, 'init', 'my-app')).code).toBe(0);
    const project = join(cwd, 'my-app');

    // The generated test passes as generated (Context/State + the matchers).
    const test = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js'), '--ci'], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, JEST_WORKER_ID: undefined },
    });
    expect(test.stderr).toMatch(/Tests:\s+1 passed, 1 total/);
    expect(test.status).toBe(0);

    const build = await cli(project, 'build');
    expect(build.err).toBe('');
    expect(build.code).toBe(0);
    const pack = await cli(project, 'pack', '--output', cwd);
    expect(pack.code).toBe(0);
    const charm = readdirSync(cwd).find((f) => f.endsWith('.charm'));
    expect(charm).toBeDefined();

    const install = await cli(cwd, 'sim', charm ?? '', '--state', 'state.json', '--event', 'install');
    expect(install.err).toBe('');
    expect(install.out).toContain('▶ hooks/install');
    expect(install.out).toContain('exit 0: committed');
    const ready = await cli(cwd, 'sim', charm ?? '', '--state', 'state.json', '--event', 'workload-pebble-ready');
    expect(ready.out).toContain('▶ hooks/workload-pebble-ready');
    expect(ready.out).toContain('exit 0: committed');
    expect(ready.out).toContain('pebble workload: my-app active (1 layer)');
    expect(ready.code).toBe(0);
  });
});
