import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createJujuState, FakeJuju, readStateFile, runDispatchProcess, writeStateFile } from '../../src';

const ID = 'secret:rot0000000000000000a';
const FIRED = '2026-01-01T00:00:00.000Z';

/** A unit owning a daily-rotating secret due at FIRED, in a fresh state file. */
function unitWithRotatingSecret(): string {
  const stateFile = join(mkdtempSync(join(tmpdir(), 'jujuts-rotate-')), 'state.json');
  const state = createJujuState({
    unitName: 'app/0',
    leader: true,
    secrets: [{ id: ID, owner: 'app', rotate: 'daily', rotates: FIRED, content: { token: 'a' } }],
  });
  writeStateFile(stateFile, new FakeJuju(state).toDocument());
  return stateFile;
}

/** Runs a stand-in "charm" (a shell exiting with `code`) for secret-rotate, as the simulator runs a dispatch. */
async function rotateHook(stateFile: string, code: number): Promise<string | undefined> {
  await runDispatchProcess({
    command: ['/bin/sh', '-c', `exit ${code}`],
    charmDir: tmpdir(),
    stateFile,
    binDir: tmpdir(),
    event: { path: 'hooks/secret-rotate', secretId: ID },
  });
  return readStateFile(stateFile).state.secrets.find((s) => s.id === ID)?.rotates;
}

describe('runDispatchProcess', () => {
  describe('after a secret-rotate hook', () => {
    it('moves the rotation time on as Juju does when the hook succeeds (a retry in 5 minutes: no new revision)', async () => {
      expect(await rotateHook(unitWithRotatingSecret(), 0)).toBe('2026-01-01T00:05:00.000Z');
    });

    it('leaves it alone when the hook fails', async () => {
      expect(await rotateHook(unitWithRotatingSecret(), 1)).toBe(FIRED);
    });
  });
});
