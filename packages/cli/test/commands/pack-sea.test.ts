import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { stringify } from 'yaml';
import { createJujuState, FakeJuju, installHookTools, runDispatchProcess, writeStateFile } from '@jujuts/testing';
import { runCli } from '../../src';
import { captureIo } from '../fixtures/capture-io';
import { charmcraftData, makeCharmProject } from '../fixtures/charm-project';
import { makeFakeElf } from '../fixtures/fake-elf';
import { makeSeaCharmProject } from '../fixtures/sea-charm';
import { makeTempDir, removeTempDirs } from '../fixtures/temp-dir';

afterAll(removeTempDirs);

/** Unzip a .charm as Juju does on the unit, keeping executable bits. */
async function unpack(file: string): Promise<{ dir: string; modes: Record<string, number> }> {
  const dir = makeTempDir('jujuts-unit-');
  const modes: Record<string, number> = {};
  const zip = await JSZip.loadAsync(readFileSync(file));
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const target = join(dir, entry.name);
    mkdirSync(join(target, '..'), { recursive: true });
    const mode = typeof entry.unixPermissions === 'number' ? entry.unixPermissions & 0o777 : 0o644;
    modes[entry.name] = mode;
    writeFileSync(target, await entry.async('nodebuffer'), { mode });
  }
  return { dir, modes };
}

describe('jujuts pack --sea', () => {
  describe('with --snapshot', () => {
    it('refuses: charm-sea carries its own snapshot', async () => {
      const io = captureIo(makeCharmProject());
      expect(await runCli(['pack', '--sea', '--snapshot', '--node', process.execPath], io)).toBe(1);
      expect(io.err()).toBe('jujuts pack: --sea and --snapshot exclude each other: charm-sea carries its own startup snapshot and dispatch runs it first; drop --snapshot\n');
    });
  });

  if (process.platform === 'linux' && process.arch === 'x64') {
    describe('when the charm was built without --sea or --snapshot', () => {
      it('says to build with --sea', async () => {
        const charmDir = makeCharmProject();
        expect(await runCli(['build'], captureIo(charmDir))).toBe(0);
        const io = captureIo(charmDir);
        expect(await runCli(['pack', '--sea'], io)).toBe(1);
        expect(io.err()).toBe("jujuts pack: build/charm-snapshot.js is missing: run 'jujuts build --sea' first, or 'jujuts pack --build --sea'\n");
      }, 60_000);
    });

    describe('with a node for another architecture than this machine', () => {
      it('refuses in one line, before building: the snapshot is built by running that node', async () => {
        const charmDir = makeCharmProject({ 'charmcraft.yaml': stringify(charmcraftData({ platforms: { arm64: null } })) });
        const io = captureIo(charmDir);
        expect(await runCli(['pack', '--build', '--sea', '--node', makeFakeElf('arm64')], io)).toBe(1);
        expect(io.err()).toMatch(/^jujuts pack: cannot build a single executable with .*: it is a Node binary for arm64 and this machine is amd64, .*drop --sea\n$/);
        expect(io.out()).not.toContain('compiling');
      });
    });

    describe('with a file that is not a Node build with SEA support', () => {
      it('refuses in one line and names the fuse it lacks', async () => {
        const io = captureIo(makeCharmProject());
        expect(await runCli(['pack', '--build', '--sea', '--node', makeFakeElf('amd64')], io)).toBe(1);
        expect(io.err()).toMatch(/^jujuts pack: .*node-amd64 cannot become a single executable: it has no NODE_SEA_FUSE_\w+ \(not a Node build with SEA support\); .*\n$/);
      });
    });

    describe('with the node that runs here', () => {
      const charmDir = makeSeaCharmProject();
      const io = captureIo(charmDir);
      let unit: { dir: string; modes: Record<string, number> };

      beforeAll(async () => {
        expect(await runCli(['pack', '--build', '--sea'], io)).toBe(0);
        unit = await unpack(join(charmDir, 'hello_amd64.charm'));
      }, 300_000);

      it('ships charm-sea with mode 0755 in place of node, and dispatch', () => {
        expect(unit.modes).toMatchObject({ 'charm-sea': 0o755, dispatch: 0o755, 'charm.js': 0o644 });
        expect(Object.keys(unit.modes)).not.toContain('node');
        expect(Object.keys(unit.modes)).not.toContain('charm.blob');
        expect(statSync(join(unit.dir, 'charm-sea')).size).toBeGreaterThan(statSync(process.execPath).size);
      });

      it("makes charm-sea once: pack ships the one 'build --sea' made from the same node", () => {
        expect(io.out().match(/^building the single executable .*…$/gm)).toEqual([expect.stringContaining('build/charm-sea from ')]);
      });

      it('runs hooks on the unit inside charm-sea, without node on PATH', async () => {
        const binDir = join(makeTempDir(), 'bin');
        await installHookTools(binDir);
        const stateFile = join(makeTempDir(), 'state.json');
        writeStateFile(stateFile, new FakeJuju(createJujuState({ unitName: 'hello/0' })).toDocument());
        // The stand-in hook commands run with this process's node by absolute path, so PATH needs only them.
        const run = await runDispatchProcess({ command: [join(unit.dir, 'dispatch')], charmDir: unit.dir, stateFile, binDir, event: { path: 'hooks/install' }, env: { PATH: binDir } });
        expect({ exit: run.exitCode, stderr: run.stderr }).toEqual({ exit: 0, stderr: '' });
        expect(run.document.state.unitStatus).toEqual({ status: 'active', message: 'from sea' });
        expect(readFileSync(join(unit.dir, '.jujuts-state.json'), 'utf8')).toMatch(/"installs":1\b/);
      });
    });
  }
});
