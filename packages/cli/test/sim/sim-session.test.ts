import { join } from 'node:path';
import { SimSession } from '../../src/sim';
import type { SimStep } from '../../src/sim';
import { buildTestCharm } from '../../../../test-support/build-test-charm';
import { makeTempDir, removeTempDirs } from '../fixtures/temp-dir';

const FIXTURE = join(__dirname, '..', 'fixtures', 'sim-charm');

afterAll(removeTempDirs);
jest.setTimeout(60_000);

/** A session on the built fixture charm with a new state file in a temp dir. */
async function openSession(): Promise<SimSession> {
  const dir = makeTempDir('jujuts-session-');
  return SimSession.open({ charm: await buildTestCharm(FIXTURE), stateFile: 'state.json', cwd: dir });
}

/** The fixture's `poke` action runs the given hook command. */
function poke(...argv: string[]): SimStep {
  return { action: 'poke', params: { argv: JSON.stringify(argv) } };
}

async function runAll(steps: readonly SimStep[]): Promise<string[]> {
  const session = await openSession();
  try {
    const reports: string[] = [];
    for (const step of steps) reports.push((await session.run(step)).report);
    return reports;
  } finally {
    session.close();
  }
}

describe('SimSession', () => {
  describe('when an action succeeds after one that failed', () => {
    it('reports the results, not the earlier failure', async () => {
      const [failed, succeeded] = await runAll([poke('action-fail', 'disk full'), { action: 'backup', params: { path: '/b' } }]);
      expect(failed).toContain('action failed: disk full');
      expect(succeeded).not.toContain('action failed');
      expect(succeeded).toContain('action results: {"path":"/b","copies":"1"}');
    });
  });

  describe('when an action fails after one that succeeded', () => {
    it('reports the failure alone', async () => {
      const [, failed] = await runAll([{ action: 'backup', params: { path: '/b' } }, poke('action-fail', 'no space')]);
      expect(failed).toContain('action failed: no space');
      expect(failed).not.toContain('action results');
    });
  });

  describe('when a hook runs between a failed action and the next one', () => {
    it('reports no action outcome for the hook', async () => {
      const [, hook, action] = await runAll([poke('action-fail', 'boom'), { event: 'update-status' }, poke('action-set', 'ok=yes')]);
      expect(hook).not.toContain('action');
      expect(action).toContain('action results: {"ok":"yes"}');
      expect(action).not.toContain('boom');
    });
  });

  describe("when the action's process fails", () => {
    it('reports the action failed with its exit status, as Juju does, not empty results', async () => {
      const [, crashed] = await runAll([poke('action-set', 'a=1'), poke('status-set', 'bogus')]);
      expect(crashed).toContain('action failed: exit status 1');
      expect(crashed).not.toContain('action results');
    });
  });

  describe('when an action step has no params', () => {
    it('still runs it as an action', async () => {
      const [report] = await runAll([{ action: 'poke' }]);
      expect(report).toContain('▶ actions/poke {}');
      expect(report).toContain('action results: {}');
      expect(report).toContain('exit 0: committed');
    });
  });

  describe('for leader-elected', () => {
    it('makes the unit the leader, as Juju runs it only on the new leader', async () => {
      const [, changed] = await runAll([{ event: 'leader-elected' }, { event: 'db-relation-changed', relation: 'db:1', remoteUnit: 'pg/0' }]);
      expect(changed).toContain('relation db:1 app bag: +ready="yes"');
    });
  });
});
