import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildSnapshotBlob, dispatchScript } from '../../src/compile';
import { installUnitCharm } from '../../src/sim/unit-charm-dir';
import { buildTestCharm } from '../../../../test-support/build-test-charm';
import { makeTempDir, removeTempDirs } from '../fixtures/temp-dir';

const FIXTURE = join(__dirname, '..', 'fixtures', 'sim-charm');

afterAll(removeTempDirs);
jest.setTimeout(60_000);

/** A copy of the built fixture as an unpacked charm (dispatch at its root). */
async function unpackedCharm(): Promise<string> {
  const dir = makeTempDir('jujuts-unpacked-');
  cpSync(await buildTestCharm(FIXTURE), dir, { recursive: true });
  return dir;
}

/** The built fixture laid out as `jujuts build` leaves a project: build/ plus charmcraft.yaml. */
async function builtProject(): Promise<string> {
  const dir = makeTempDir('jujuts-project-');
  const built = await buildTestCharm(FIXTURE);
  mkdirSync(join(dir, 'build'));
  for (const file of ['charm.js', 'dispatch']) cpSync(join(built, file), join(dir, 'build', file));
  cpSync(join(built, 'charmcraft.yaml'), join(dir, 'charmcraft.yaml'));
  return dir;
}

/** A stand-in for build/charm-sea: installing never runs it, so any executable file will do. */
function writeFakeSea(projectDir: string): string {
  const content = '#!/bin/sh\nexit 0\n';
  writeFileSync(join(projectDir, 'build', 'charm-sea'), content, { mode: 0o755 });
  return content;
}

/** Stand-ins for build/charm.blob and its stamp: installing never reads them; the stamp's mtime has nanoseconds. */
function writeFakeSnapshot(projectDir: string): { blob: string; stamp: string } {
  const blob = join(projectDir, 'build', 'charm.blob');
  const stamp = join(projectDir, 'build', 'charm.blob.node');
  writeFileSync(blob, 'not really a blob', { mode: 0o640 });
  writeFileSync(stamp, '/opt/node/bin/node\n');
  expect(spawnSync('touch', ['-d', '2024-01-02 03:04:05.123456789', stamp]).status).toBe(0);
  return { blob, stamp };
}

/**
 * A project as 'jujuts build --snapshot' leaves it, from a one-line charm
 * rather than a compiled one: charm.js and the blob each print where they
 * ran, and the blob is built by the node running the tests.
 */
async function snapshotProject(): Promise<string> {
  const dir = makeTempDir('jujuts-snapshot-project-');
  const build = join(dir, 'build');
  mkdirSync(build);
  writeFileSync(join(dir, 'charmcraft.yaml'), 'name: snappy\ntype: charm\n');
  writeFileSync(join(build, 'dispatch'), dispatchScript(), { mode: 0o755 });
  writeFileSync(join(build, 'charm.js'), 'process.stdout.write("bundle");\n');
  const script = join(build, 'charm-snapshot.js');
  writeFileSync(script, 'require("node:v8").startupSnapshot.setDeserializeMainFunction(() => process.stdout.write("snapshot"));\n');
  const target = { snapshotBundle: script, blob: join(build, 'charm.blob'), blobInfo: join(build, 'charm.blob.json'), blobStamp: join(build, 'charm.blob.node') };
  await buildSnapshotBlob(realpathSync(process.execPath), target);
  return dir;
}

const mtimeNs = (file: string): bigint => statSync(file, { bigint: true }).mtimeNs;

describe('installUnitCharm', () => {
  describe('when the unit directory is inside an unpacked charm', () => {
    it('copies the charm without copying the unit into itself', async () => {
      const source = await unpackedCharm();
      const unitDir = join(source, 'sim-state.json.unit');
      writeFileSync(join(source, 'sim-state.json'), '{}');
      const unit = await installUnitCharm(source, join(unitDir, 'charm'), source, [unitDir, join(source, 'sim-state.json')]);
      expect(existsSync(unit.dispatch)).toBe(true);
      expect(unit.meta.name).toBe('simmer');
      expect(existsSync(join(unitDir, 'charm', 'sim-state.json.unit'))).toBe(false);
      expect(existsSync(join(unitDir, 'charm', 'sim-state.json'))).toBe(false);
    });

    it('descends into a folder that holds the unit and copies the rest of it', async () => {
      const source = await unpackedCharm();
      mkdirSync(join(source, 'sims'));
      writeFileSync(join(source, 'sims', 'notes.txt'), 'kept');
      const unitDir = join(source, 'sims', 's.json.unit');
      await installUnitCharm(source, join(unitDir, 'charm'), source, [unitDir]);
      expect(readFileSync(join(unitDir, 'charm', 'sims', 'notes.txt'), 'utf8')).toBe('kept');
      expect(existsSync(join(unitDir, 'charm', 'sims', 's.json.unit'))).toBe(false);
    });
  });

  describe('when the unit directory is inside a built project', () => {
    it('installs the build and the metadata', async () => {
      const source = await builtProject();
      const unitDir = join(source, 'sim-state.json.unit');
      const unit = await installUnitCharm(source, join(unitDir, 'charm'), source, [unitDir]);
      expect(existsSync(join(unitDir, 'charm', 'charm.js'))).toBe(true);
      expect(existsSync(join(unitDir, 'charm', 'charmcraft.yaml'))).toBe(true);
      expect(unit.meta.name).toBe('simmer');
    });
  });

  describe('when the project was built with --sea', () => {
    it('installs charm-sea beside dispatch, executable, so dispatch runs it', async () => {
      const source = await builtProject();
      const content = writeFakeSea(source);
      const unit = await installUnitCharm(source, join(makeTempDir('jujuts-unit-'), 'charm'), source);
      const sea = join(unit.charmDir, 'charm-sea');
      expect(readFileSync(sea, 'utf8')).toBe(content);
      expect(statSync(sea).mode & 0o777).toBe(0o755);
    });

    it('removes it from the unit once the project is rebuilt without --sea', async () => {
      const source = await builtProject();
      writeFakeSea(source);
      const unitCharmDir = join(makeTempDir('jujuts-unit-'), 'charm');
      await installUnitCharm(source, unitCharmDir, source);
      rmSync(join(source, 'build', 'charm-sea'));
      await installUnitCharm(source, unitCharmDir, source);
      expect(existsSync(join(unitCharmDir, 'charm-sea'))).toBe(false);
      expect(existsSync(join(unitCharmDir, 'charm.js'))).toBe(true);
    });
  });

  describe('when the unit already has stored state', () => {
    it('keeps it over a stale copy in the source', async () => {
      const source = await unpackedCharm();
      writeFileSync(join(source, '.jujuts-state.json'), '{"from":"source"}');
      const unitCharmDir = join(makeTempDir('jujuts-unit-'), 'charm');
      mkdirSync(unitCharmDir);
      writeFileSync(join(unitCharmDir, '.jujuts-state.json'), '{"from":"unit"}');
      await installUnitCharm(source, unitCharmDir, source);
      expect(readFileSync(join(unitCharmDir, '.jujuts-state.json'), 'utf8')).toBe('{"from":"unit"}');
    });
  });

  describe('when the project was built with --snapshot', () => {
    it('installs charm.blob with its mode and the stamp with its exact mtime', async () => {
      const source = await builtProject();
      const { blob, stamp } = writeFakeSnapshot(source);
      const unit = await installUnitCharm(source, join(makeTempDir('jujuts-unit-'), 'charm'), source);
      expect(readFileSync(join(unit.charmDir, 'charm.blob'), 'utf8')).toBe('not really a blob');
      expect(statSync(join(unit.charmDir, 'charm.blob')).mode & 0o777).toBe(statSync(blob).mode & 0o777);
      expect(readFileSync(join(unit.charmDir, 'charm.blob.node'), 'utf8')).toBe('/opt/node/bin/node\n');
      expect(mtimeNs(join(unit.charmDir, 'charm.blob.node'))).toBe(mtimeNs(stamp));
    });

    it('installs the stamp of a rebuild over the old one', async () => {
      const source = await builtProject();
      const { stamp } = writeFakeSnapshot(source);
      const unitCharmDir = join(makeTempDir('jujuts-unit-'), 'charm');
      await installUnitCharm(source, unitCharmDir, source);
      writeFileSync(stamp, '/usr/local/bin/node\n');
      expect(spawnSync('touch', ['-d', '2025-06-07 08:09:10.987654321', stamp]).status).toBe(0);
      await installUnitCharm(source, unitCharmDir, source);
      expect(readFileSync(join(unitCharmDir, 'charm.blob.node'), 'utf8')).toBe('/usr/local/bin/node\n');
      expect(mtimeNs(join(unitCharmDir, 'charm.blob.node'))).toBe(mtimeNs(stamp));
    });

    it('removes the blob and the stamp from the unit once the project is rebuilt without --snapshot', async () => {
      const source = await builtProject();
      const { blob, stamp } = writeFakeSnapshot(source);
      const unitCharmDir = join(makeTempDir('jujuts-unit-'), 'charm');
      await installUnitCharm(source, unitCharmDir, source);
      rmSync(blob);
      rmSync(stamp);
      await installUnitCharm(source, unitCharmDir, source);
      expect(existsSync(join(unitCharmDir, 'charm.blob'))).toBe(false);
      expect(existsSync(join(unitCharmDir, 'charm.blob.node'))).toBe(false);
      expect(existsSync(join(unitCharmDir, 'charm.js'))).toBe(true);
    });

    it("is what the unit's dispatch runs with the node that built it", async () => {
      const unit = await installUnitCharm(await snapshotProject(), join(makeTempDir('jujuts-unit-'), 'charm'), '/');
      const env = { JUJU_DISPATCH_PATH: 'hooks/install', PATH: dirname(realpathSync(process.execPath)) };
      expect(spawnSync(unit.dispatch, [], { env, encoding: 'utf8' })).toMatchObject({ status: 0, stdout: 'snapshot' });
    });
  });

  describe('when an unpacked charm carries a blob and its stamp', () => {
    it('installs the stamp with its exact mtime', async () => {
      const source = await unpackedCharm();
      const stamp = join(source, 'charm.blob.node');
      writeFileSync(stamp, '/opt/node/bin/node\n');
      expect(spawnSync('touch', ['-d', '2024-01-02 03:04:05.123456789', stamp]).status).toBe(0);
      const unit = await installUnitCharm(source, join(makeTempDir('jujuts-unit-'), 'charm'), source);
      expect(mtimeNs(join(unit.charmDir, 'charm.blob.node'))).toBe(mtimeNs(stamp));
    });
  });
});
