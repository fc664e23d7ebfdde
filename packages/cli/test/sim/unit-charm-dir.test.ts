import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
});
