import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src';
import { buildTestCharm } from '../../../../test-support/build-test-charm';
import { captureIo } from '../fixtures/capture-io';
import { makeTempDir, removeTempDirs } from '../fixtures/temp-dir';

const FIXTURE = join(__dirname, '..', 'fixtures', 'sim-charm');

afterAll(removeTempDirs);
jest.setTimeout(60_000);

/** An unpacked copy of the built fixture charm, to run `jujuts sim .` in. */
async function charmDir(): Promise<string> {
  const dir = makeTempDir('jujuts-sim-default-');
  cpSync(await buildTestCharm(FIXTURE), dir, { recursive: true });
  return dir;
}

async function simHere(dir: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = captureIo(dir);
  const code = await runCli(['sim', '.', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

describe('jujuts sim', () => {
  describe('when the state file is the default one, inside the charm directory', () => {
    it('runs the hook and keeps the unit beside the state file', async () => {
      const dir = await charmDir();
      const { code, out, err } = await simHere(dir, '--event', 'install');
      expect(err).toBe('');
      expect(code).toBe(0);
      expect(out).toContain('exit 0: committed');
      expect(existsSync(join(dir, 'sim-state.json'))).toBe(true);
      expect(existsSync(join(dir, 'sim-state.json.unit', 'charm', 'dispatch'))).toBe(true);
    });

    it('runs later hooks on the same unit without nesting it into itself', async () => {
      const dir = await charmDir();
      await simHere(dir, '--event', 'install');
      const { code } = await simHere(dir, '--event', 'config-changed', '--set-config', 'motd=hi');
      expect(code).toBe(0);
      const doc = JSON.parse(readFileSync(join(dir, 'sim-state.json'), 'utf8')) as { state: { unitStatus: unknown } };
      expect(doc.state.unitStatus).toEqual({ status: 'active', message: 'hi' });
      expect(existsSync(join(dir, 'sim-state.json.unit', 'charm', 'sim-state.json.unit'))).toBe(false);
    });
  });
});
