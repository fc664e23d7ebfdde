import { join } from 'node:path';
import { buildTestCharm } from '../../../../test-support/build-test-charm';
import { SimUnit } from '../../../../test-support/sim-unit';
import type { DispatchProcessResult, JujuStateInput } from '@jujuts/testing';
import { parseCharmcraftYaml } from '../../src/meta';
import { readFileSync } from 'node:fs';

const FIXTURE = join(__dirname, '..', 'fixtures', 'every-event-charm');
const meta = parseCharmcraftYaml(readFileSync(join(FIXTURE, 'charmcraft.yaml'), 'utf8'));
let built: string;

beforeAll(async () => {
  built = await buildTestCharm(FIXTURE);
}, 60_000);

const world: JujuStateInput = {
  unitName: 'every-event/0',
  leader: true,
  relations: [
    { id: 4, endpoint: 'db', remoteApp: 'pg', remoteUnits: { 'pg/0': { host: '10.0.0.9' }, 'pg/1': {} } },
    { id: 5, endpoint: 'cluster', remoteUnits: { 'every-event/1': {} } },
  ],
  storages: [{ name: 'data', index: 0, location: '/srv/data' }],
  secrets: [{ id: 'secret:cv1', label: 'api', content: { token: 'abc' } }],
};

/** The `EVENT name {attrs}` lines the charm logged during one dispatch. */
function events(run: DispatchProcessResult): [string, Record<string, unknown>][] {
  const logs = run.logs.map((l) => l.message).filter((m) => m.startsWith('EVENT '));
  return logs.map((m) => {
    const [, name = '', ...rest] = m.split(' ');
    return [name, JSON.parse(rest.join(' ')) as Record<string, unknown>];
  });
}

async function dispatch(event: Parameters<SimUnit['dispatch']>[0], state: JujuStateInput = world) {
  const run = await new SimUnit(built, meta, state).dispatch(event);
  if (run.exitCode !== 0) throw new Error(`dispatch exited ${String(run.exitCode)}: ${run.stderr}`);
  return run;
}

describe('dispatch as a child process', () => {
  it('runs the install handler and sets the collected status', async () => {
    const run = await dispatch('hooks/install');
    expect(events(run)).toEqual([['install', {}]]);
    expect(run.document.state.unitStatus).toEqual({ status: 'active', message: 'seen 1' });
  });

  it('gives leader-elected a leader unit', async () => {
    expect(events(await dispatch('hooks/leader-elected'))).toEqual([['leader-elected', { leader: true }]]);
  });

  it('gives relation-joined the relation, app and unit', async () => {
    const run = await dispatch({ path: 'hooks/db-relation-joined', relationId: 4, remoteUnit: 'pg/1' });
    expect(events(run)).toEqual([['db-relation-joined', { relation: 'db:4', app: 'pg', unit: 'pg/1' }]]);
  });

  it('gives relation-changed the remote bag and commits our write', async () => {
    const run = await dispatch({ path: 'hooks/db-relation-changed', relationId: 4, remoteUnit: 'pg/0' });
    expect(events(run)).toEqual([['db-relation-changed', { relation: 'db:4', app: 'pg', unit: 'pg/0', host: '10.0.0.9' }]]);
    expect(run.document.state.relations.find((r) => r.id === 4)?.localUnitData).toMatchObject({ seen: 'yes' });
    expect(run.commands.filter((c) => c.command === 'relation-set')).toHaveLength(1);
  });

  it('gives relation-departed the departing unit', async () => {
    const run = await dispatch({ path: 'hooks/db-relation-departed', relationId: 4, remoteUnit: 'pg/1', departingUnit: 'pg/1' });
    expect(events(run)[0]?.[1]).toMatchObject({ departing: 'pg/1', unit: 'pg/1' });
  });

  it('leaves the broken relation out of the model on relation-broken', async () => {
    const run = await dispatch({ path: 'hooks/db-relation-broken', relationId: 4 });
    expect(events(run)).toEqual([['db-relation-broken', { relation: 'db:4', app: 'pg', live: 0 }]]);
  });

  it('routes a peer relation by its endpoint', async () => {
    const run = await dispatch({ path: 'hooks/cluster-relation-changed', relationId: 5, remoteUnit: 'every-event/1' });
    expect(events(run)).toEqual([['cluster-relation-changed', { relation: 'cluster:5', app: 'every-event', unit: 'every-event/1' }]]);
  });

  it('gives workload events their container, notice and check', async () => {
    expect(events(await dispatch({ path: 'hooks/web-pebble-ready', workloadName: 'web' }))).toEqual([['web-pebble-ready', { workload: 'web' }]]);
    const notice = await dispatch({ path: 'hooks/web-pebble-custom-notice', workloadName: 'web', noticeId: '12', noticeType: 'custom', noticeKey: 'x.com/y' });
    expect(events(notice)).toEqual([['web-pebble-custom-notice', { workload: 'web', id: '12', type: 'custom', key: 'x.com/y' }]]);
    const check = await dispatch({ path: 'hooks/web-pebble-check-failed', workloadName: 'web', checkName: 'alive' });
    expect(events(check)).toEqual([['web-pebble-check-failed', { check: 'alive' }]]);
  });

  it('gives storage-attached the storage and its location', async () => {
    const run = await dispatch({ path: 'hooks/data-storage-attached', storageId: 'data/0' });
    expect(events(run)).toEqual([['data-storage-attached', { storage: 'data/0', location: '/srv/data' }]]);
  });

  it('gives secret events the secret and revision', async () => {
    const changed = await dispatch({ path: 'hooks/secret-changed', secretId: 'secret:cv1', secretLabel: 'api' });
    expect(events(changed)).toEqual([['secret-changed', { id: 'secret:cv1', label: 'api' }]]);
    const removed = await dispatch({ path: 'hooks/secret-remove', secretId: 'secret:cv1', secretLabel: 'api', secretRevision: 2 });
    expect(events(removed)[0]?.[1]).toMatchObject({ revision: 2 });
  });

  it('runs an action with its params and records results', async () => {
    const run = await dispatch({ path: 'actions/backup', actionUuid: '9', params: { target: '/tmp/b' } });
    expect(events(run)).toEqual([['backup-action', { id: '9', params: { target: '/tmp/b' } }]]);
    expect(run.document.outputs.actionResults).toEqual({ saved: { to: '/tmp/b' } });
  });

  it('exits 0 without running anything for an event the charm does not handle', async () => {
    const run = await dispatch('hooks/collect-metrics');
    expect(events(run)).toEqual([]);
  });

  describe('when a handler throws', () => {
    it('exits 1, logs the stack and commits nothing', async () => {
      const unit = new SimUnit(built, meta, { ...world, config: { mode: 'fail' } });
      const run = await unit.dispatch({ path: 'hooks/db-relation-changed', relationId: 4, remoteUnit: 'pg/0' });
      expect(run.exitCode).toBe(1);
      expect(run.document.outputs.logs.some((l) => l.level === 'ERROR' && l.message.includes('failing db-relation-changed on purpose'))).toBe(true);
      expect(run.document.state.relations.find((r) => r.id === 4)?.localUnitData).not.toHaveProperty('seen');
    });
  });

  describe('deferral across processes', () => {
    it('re-runs the deferred start before the next event', async () => {
      const unit = new SimUnit(built, meta, world);
      const first = await unit.dispatch('hooks/start');
      expect(events(first)).toEqual([['start', { deferring: true }]]);
      const second = await unit.dispatch('hooks/config-changed');
      expect(events(second).map(([n]) => n)).toEqual(['start', 'config-changed']);
      const third = await unit.dispatch('hooks/update-status');
      expect(events(third).map(([n]) => n)).toEqual(['start', 'update-status']);
      const fourth = await unit.dispatch('hooks/update-status');
      expect(events(fourth).map(([n]) => n)).toEqual(['update-status']);
    });
  });

  describe('when the charm re-invokes its own dispatch', () => {
    it('exits 0 at once', async () => {
      const unit = new SimUnit(built, meta, world);
      const run = await unit.dispatch('hooks/install', { JUJUTS_DISPATCHING: 'hooks/install' });
      expect(run.exitCode).toBe(0);
      expect(events(run)).toEqual([]);
      expect(run.commands).toEqual([]);
    });
  });
});
