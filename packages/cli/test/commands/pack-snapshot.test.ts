import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { stringify } from 'yaml';
import { createJujuState, FakeJuju, installHookTools, runDispatchProcess, writeStateFile } from '@jujuts/testing';
import { runCli } from '../../src';
import { captureIo } from '../fixtures/capture-io';
import { charmcraftData, makeCharmProject } from '../fixtures/charm-project';
import { makeFakeElf } from '../fixtures/fake-elf';
import { makeSnapshotCharmProject } from '../fixtures/snapshot-charm';
import { makeTempDir, removeTempDirs } from '../fixtures/temp-dir';

afterAll(removeTempDirs);

/** Unzip a .charm as Juju does on the unit, keeping executable bits. */
async function unpack(file: string): Promise<string> {
  const dir = makeTempDir('jujuts-unit-');
  const zip = await JSZip.loadAsync(readFileSync(file));
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const target = join(dir, entry.name);
    mkdirSync(join(target, '..'), { recursive: true });
    const mode = typeof entry.unixPermissions === 'number' ? entry.unixPermissions & 0o777 : 0o644;
    writeFileSync(target, await entry.async('nodebuffer'), { mode });
  }
  return dir;
}

describe('jujuts pack --snapshot', () => {
  describe('without --node', () => {
    it('says a blob needs the node it ships with', async () => {
      const io = captureIo(makeCharmProject());
      expect(await runCli(['pack', '--snapshot'], io)).toBe(1);
      expect(io.err()).toBe(
        'jujuts pack: --snapshot needs --node PATH: a blob loads only in the node binary that built it, and a shipped node is the only one known at pack time\n',
      );
    });
  });

  if (process.platform === 'linux' && process.arch === 'x64') {
    describe('when the charm was built without --snapshot', () => {
      it('says to build with --snapshot', async () => {
        const charmDir = makeCharmProject();
        expect(await runCli(['build'], captureIo(charmDir))).toBe(0);
        const io = captureIo(charmDir);
        expect(await runCli(['pack', '--node', process.execPath, '--snapshot'], io)).toBe(1);
        expect(io.err()).toBe("jujuts pack: build/charm-snapshot.js is missing: run 'jujuts build --snapshot' first, or 'jujuts pack --build --snapshot'\n");
      }, 60_000);
    });

    describe('with a node for another architecture than this machine', () => {
      it('refuses in one line: the blob must be built by the binary that runs it', async () => {
        const charmDir = makeCharmProject({ 'charmcraft.yaml': stringify(charmcraftData({ platforms: { arm64: null } })) });
        const node = makeFakeElf('arm64');
        const io = captureIo(charmDir);
        expect(await runCli(['pack', '--build', '--node', node, '--snapshot'], io)).toBe(1);
        expect(io.err()).toMatch(/^jujuts pack: cannot build a startup snapshot with .*: it is a Node binary for arm64 and this machine is amd64, .*\n$/);
      }, 60_000);
    });

    describe('with the node that runs here', () => {
      const charmDir = makeSnapshotCharmProject();
      const io = captureIo(charmDir);
      let unit: string;

      beforeAll(async () => {
        expect(await runCli(['pack', '--build', '--node', process.execPath, '--snapshot'], io)).toBe(0);
        unit = await unpack(join(charmDir, 'hello_amd64.charm'));
      }, 240_000);

      it('ships the node, the blob, its record and a stamp naming the shipped node', () => {
        expect(readFileSync(join(unit, 'charm.blob.node'), 'utf8')).toBe('node\n');
        expect(JSON.parse(readFileSync(join(unit, 'charm.blob.json'), 'utf8'))).toMatchObject({ node: process.version, arch: process.arch });
        expect(readFileSync(join(unit, 'charm.blob')).length).toBeGreaterThan(1_000_000);
      });

      it('runs hooks on the unit from the blob with the shipped node, without node on PATH', async () => {
        const binDir = join(makeTempDir(), 'bin');
        await installHookTools(binDir);
        const stateFile = join(makeTempDir(), 'state.json');
        writeStateFile(stateFile, new FakeJuju(createJujuState({ unitName: 'hello/0' })).toDocument());
        // The stand-in hook commands run with this process's node by absolute path, so PATH needs only them.
        const run = await runDispatchProcess({
          command: [join(unit, 'dispatch')],
          charmDir: unit,
          stateFile,
          binDir,
          event: { path: 'hooks/install' },
          env: { PATH: binDir },
        });
        expect({ exit: run.exitCode, stderr: run.stderr }).toEqual({ exit: 0, stderr: '' });
        expect(run.document.state.unitStatus).toEqual({ status: 'active', message: 'from snapshot' });
      });
    });
  }
});
