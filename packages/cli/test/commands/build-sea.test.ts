import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { installHookTools } from '@jujuts/testing';
import { runCli } from '../../src';
import { captureIo } from '../fixtures/capture-io';
import { charmcraftData, makeCharmProject } from '../fixtures/charm-project';
import { makeFakeElf } from '../fixtures/fake-elf';
import { makeSeaCharmProject } from '../fixtures/sea-charm';
import { commandNames, dispatchHook, storedInstalls } from '../fixtures/hook-run';
import { makeTempDir, removeTempDirs } from '../fixtures/temp-dir';

afterAll(removeTempDirs);

const BUILD_TIMEOUT = 120_000;


describe('jujuts build --sea', () => {
  const charmDir = makeSeaCharmProject();
  const buildDir = join(charmDir, 'build');
  const binDir = join(makeTempDir(), 'bin');
  const io = captureIo(charmDir);
  let code: number;

  beforeAll(async () => {
    await installHookTools(binDir);
    code = await runCli(['build', '--sea'], io);
  }, BUILD_TIMEOUT);

  it('writes build/charm-sea, executable, and the record of the node it was made from', () => {
    expect({ code, err: io.err() }).toEqual({ code: 0, err: '' });
    expect(io.out()).toMatch(/^built hello: .*build\/charm-sea \(\d+(\.\d)? MiB, node v\d+\.\d+\.\d+\)/m);
    expect(statSync(join(buildDir, 'charm-sea')).mode & 0o777).toBe(0o755);
    expect(JSON.parse(readFileSync(join(buildDir, 'charm-sea.json'), 'utf8'))).toMatchObject({ node: process.version, arch: process.arch });
    expect(existsSync(join(buildDir, 'charm.blob'))).toBe(false);
  });

  describe('when Juju runs dispatch', () => {
    it('runs the hook inside the single executable, with its hook commands and stored state', async () => {
      const before = storedInstalls(buildDir);
      const run = await dispatchHook(buildDir, binDir, 'hooks/install');
      expect({ exit: run.exitCode, stderr: run.stderr }).toEqual({ exit: 0, stderr: '' });
      expect(run.document.state.unitStatus).toEqual({ status: 'active', message: 'from sea' });
      expect(commandNames(run)).toContain('status-set');
      expect(storedInstalls(buildDir)).toBe(before + 1);
    });

    it("returns the charm's failure exit code", async () => {
      const run = await dispatchHook(buildDir, binDir, 'hooks/remove');
      expect(run.exitCode).toBe(1);
      expect(run.stderr).toContain('remove refused');
    });

    it('behaves as charm.js does: same exit codes, hook commands and state', async () => {
      const fromSea = await dispatchHook(buildDir, binDir, 'hooks/install');
      chmodSync(join(buildDir, 'charm-sea'), 0o644);
      try {
        const before = storedInstalls(buildDir);
        const fromBundle = await dispatchHook(buildDir, binDir, 'hooks/install');
        expect(fromBundle.document.state.unitStatus).toEqual({ status: 'active', message: 'from bundle' });
        expect(fromBundle.exitCode).toBe(fromSea.exitCode);
        expect(commandNames(fromBundle)).toEqual(commandNames(fromSea));
        expect(storedInstalls(buildDir)).toBe(before + 1);
        expect((await dispatchHook(buildDir, binDir, 'hooks/remove')).exitCode).toBe(1);
      } finally {
        chmodSync(join(buildDir, 'charm-sea'), 0o755);
      }
    });
  });

  describe('when run outside Juju (no JUJU_* environment)', () => {
    it('exits as charm.js does, with the same message', () => {
      const bare = { PATH: process.env['PATH'] ?? '' };
      const fromSea = spawnSync(join(buildDir, 'charm-sea'), [], { env: bare, encoding: 'utf8' });
      const fromBundle = spawnSync(process.execPath, [join(buildDir, 'charm.js')], { env: bare, encoding: 'utf8' });
      expect({ status: fromSea.status, stderr: fromSea.stderr }).toEqual({ status: fromBundle.status, stderr: fromBundle.stderr });
    });
  });

  describe('when the charm is rebuilt without --sea', () => {
    it('removes charm-sea, which holds the old code', async () => {
      const again = makeSeaCharmProject();
      expect(await runCli(['build', '--sea'], captureIo(again))).toBe(0);
      expect(await runCli(['build'], captureIo(again))).toBe(0);
      for (const file of ['charm-sea', 'charm-sea.json', 'charm-snapshot.js']) expect(existsSync(join(again, 'build', file))).toBe(false);
    }, BUILD_TIMEOUT);
  });
});

describe('jujuts build --sea refusals', () => {
  it('refuses --sea with --snapshot: charm-sea carries its own snapshot', async () => {
    const io = captureIo(makeCharmProject());
    expect(await runCli(['build', '--sea', '--snapshot'], io)).toBe(1);
    expect(io.err()).toBe('jujuts build: --sea and --snapshot exclude each other: charm-sea carries its own startup snapshot and dispatch runs it first; drop --snapshot\n');
  });

  it('refuses --sea with --external: the snapshot builder loads no package', async () => {
    const charmDir = makeCharmProject();
    const io = captureIo(charmDir);
    expect(await runCli(['build', '--sea', '--external', 'yaml'], io)).toBe(1);
    expect(io.err()).toBe("jujuts build: --sea cannot be combined with --external yaml: the snapshot builder can require only Node's built-in modules; drop --external to bundle it, or drop --sea\n");
    expect(existsSync(join(charmDir, 'build', 'charm-sea'))).toBe(false);
  }, BUILD_TIMEOUT);

  it('refuses a charm that never calls main(), in the snapshot build', async () => {
    const charmDir = makeCharmProject();
    const io = captureIo(charmDir);
    expect(await runCli(['build', '--sea'], io)).toBe(1);
    expect(io.err()).toMatch(/node --experimental-sea-config failed \(exit 1\)/);
    expect(io.err()).toContain("the charm's entry module did not call main(CharmClass) when loaded");
    expect(existsSync(join(charmDir, 'build', 'charm-sea'))).toBe(false);
  }, BUILD_TIMEOUT);

  if (process.platform === 'linux' && process.arch === 'x64') {
    it('refuses a node for another architecture than this machine, in one line', async () => {
      const charmDir = makeCharmProject({ 'charmcraft.yaml': stringify(charmcraftData()) });
      const io = captureIo(charmDir);
      const node = makeFakeElf('arm64');
      expect(await runCli(['build', '--sea', '--node', node], io)).toBe(1);
      expect(io.err()).toMatch(/^jujuts build: cannot build a single executable with .*: it is a Node binary for arm64 and this machine is amd64, and its startup snapshot is built by running that binary; build on arm64, or drop --sea\n$/);
    }, BUILD_TIMEOUT);
  }
});
