import { existsSync, readFileSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { installHookTools } from '@jujuts/testing';
import { runCli } from '../../src';
import { captureIo } from '../fixtures/capture-io';
import { makeCharmProject } from '../fixtures/charm-project';
import { makeSnapshotCharmProject } from '../fixtures/snapshot-charm';
import { commandNames, dispatchHook, storedInstalls } from '../fixtures/hook-run';
import { makeTempDir, removeTempDirs } from '../fixtures/temp-dir';

afterAll(removeTempDirs);

const BUILD_TIMEOUT = 120_000;


describe('jujuts build --snapshot', () => {
  const charmDir = makeSnapshotCharmProject();
  const buildDir = join(charmDir, 'build');
  const binDir = join(makeTempDir(), 'bin');
  const io = captureIo(charmDir);
  let code: number;

  beforeAll(async () => {
    await installHookTools(binDir);
    code = await runCli(['build', '--snapshot'], io);
  }, BUILD_TIMEOUT);

  it('writes the snapshot bundle, the blob and the record of the node that built it', () => {
    expect({ code, err: io.err() }).toEqual({ code: 0, err: '' });
    expect(io.out()).toMatch(/^built hello: .*build\/charm\.blob \(\d+(\.\d)? MiB, node v\d+\.\d+\.\d+\)/m);
    expect(readFileSync(join(buildDir, 'charm-snapshot.js'), 'utf8')).toContain('setDeserializeMainFunction');
    expect(JSON.parse(readFileSync(join(buildDir, 'charm.blob.json'), 'utf8'))).toMatchObject({
      node: process.version,
      arch: process.arch,
      platform: process.platform,
      execPathSha256: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown,
    });
  });

  it('stamps the blob with the path of that node', () => {
    expect(readFileSync(join(buildDir, 'charm.blob.node'), 'utf8')).toMatch(/^\/.*node\n$/);
  });

  describe('when Juju runs dispatch with the node that built the blob', () => {
    it('runs the hook from the snapshot, with its hook commands and stored state', async () => {
      const before = storedInstalls(buildDir);
      const run = await dispatchHook(buildDir, binDir, 'hooks/install');
      expect({ exit: run.exitCode, stderr: run.stderr }).toEqual({ exit: 0, stderr: '' });
      expect(run.document.state.unitStatus).toEqual({ status: 'active', message: 'from snapshot' });
      expect(commandNames(run)).toContain('status-set');
      expect(storedInstalls(buildDir)).toBe(before + 1);
    });

    it("returns the charm's failure exit code", async () => {
      const run = await dispatchHook(buildDir, binDir, 'hooks/remove');
      expect(run.exitCode).toBe(1);
      expect(run.stderr).toContain('remove refused');
    });
  });

  describe('when the node no longer matches the stamp (its mtime changed)', () => {
    it('runs charm.js instead, with the same exit codes and hook commands', async () => {
      const fromSnapshot = await dispatchHook(buildDir, binDir, 'hooks/install');
      utimesSync(join(buildDir, 'charm.blob.node'), new Date(), new Date(Date.now() - 3_600_000));
      const before = storedInstalls(buildDir);
      const fromBundle = await dispatchHook(buildDir, binDir, 'hooks/install');
      expect(fromBundle.exitCode).toBe(fromSnapshot.exitCode);
      expect(fromBundle.document.state.unitStatus).toEqual({ status: 'active', message: 'from bundle' });
      expect(commandNames(fromBundle)).toEqual(commandNames(fromSnapshot));
      expect(storedInstalls(buildDir)).toBe(before + 1);
      expect((await dispatchHook(buildDir, binDir, 'hooks/remove')).exitCode).toBe(1);
    });
  });

  describe('when the charm is rebuilt without --snapshot', () => {
    it('removes the blob, which holds the old code', async () => {
      const again = makeSnapshotCharmProject();
      expect(await runCli(['build', '--snapshot'], captureIo(again))).toBe(0);
      expect(await runCli(['build'], captureIo(again))).toBe(0);
      for (const file of ['charm.blob', 'charm.blob.node', 'charm.blob.json', 'charm-snapshot.js']) {
        expect(existsSync(join(again, 'build', file))).toBe(false);
      }
    }, BUILD_TIMEOUT);
  });
});

describe('jujuts build --snapshot on a charm that never calls main()', () => {
  it('fails and says main() must be called at load time', async () => {
    const charmDir = makeCharmProject();
    const io = captureIo(charmDir);
    expect(await runCli(['build', '--snapshot'], io)).toBe(1);
    expect(io.err()).toMatch(/node --build-snapshot failed \(exit 1\)/);
    expect(io.err()).toContain("the charm's entry module did not call main(CharmClass) when loaded");
    expect(io.err()).not.toContain('not yet fully verified');
    expect(existsSync(join(charmDir, 'build', 'charm.blob'))).toBe(false);
    expect(existsSync(join(charmDir, 'build', 'charm.blob.node'))).toBe(false);
  }, BUILD_TIMEOUT);
});

describe('jujuts build --snapshot --external', () => {
  it('refuses: the snapshot builder can load no package from node_modules', async () => {
    const charmDir = makeCharmProject();
    const io = captureIo(charmDir);
    expect(await runCli(['build', '--snapshot', '--external', 'yaml'], io)).toBe(1);
    expect(io.err()).toBe("jujuts build: --snapshot cannot be combined with --external yaml: the snapshot builder can require only Node's built-in modules; drop --external to bundle it, or drop --snapshot\n");
    expect(existsSync(join(charmDir, 'build', 'charm.blob'))).toBe(false);
  }, BUILD_TIMEOUT);
});

describe('jujuts build --node without --snapshot', () => {
  it('says --node applies only with --snapshot or --sea', async () => {
    const charmDir = makeCharmProject();
    const io = captureIo(charmDir);
    expect(await runCli(['build', '--node', process.execPath], io)).toBe(1);
    expect(io.err()).toBe('jujuts build: --node applies only with --snapshot or --sea: it names the node that builds (and runs) the snapshot\n');
  });
});
