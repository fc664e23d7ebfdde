import { EVENT_KINDS } from '@jujuts/ops/internal';
import { container, createState, peerRelation, relation, secret, storage, subordinateRelation, type ContextEvent, type State } from '../../src/context';
import { instances, webContext } from './context-fixture';

const db = relation('db', { remoteApp: 'pg', remoteUnits: { 'pg/0': {}, 'pg/1': {} } });
const cluster = peerRelation('cluster', { peers: { 'web/1': {} } });
const logging = subordinateRelation('logging', { remoteUnit: 'principal/3' });
const web = container('web', {
  layers: { base: { checks: { alive: { override: 'replace', level: 'alive', exec: { command: 'true' } } } } },
  notices: [{ key: 'example.com/reload' }],
  execs: [{ command: ['nginx', '-v'], stdout: 'nginx/1.25\n' }],
});
const data = storage('data');
const observed = secret({ content: { a: '1' }, label: 'observed' });
const owned = secret({ content: { a: '1' }, label: 'owned', owner: 'app', revisions: [{ revision: 1, content: { a: '1' } }, { revision: 2, content: { a: '2' } }] });

function world(): State {
  return createState({ leader: true, relations: [db, cluster, logging], containers: [web], storages: [data], secrets: [observed, owned] });
}

const ctx = webContext();
const seenAfter = async (event: ContextEvent) => {
  const out = await ctx.run(event, world());
  return (out.storedState['WebCharm.state'] as { seen: string[] }).seen;
};

describe('ctx.on', () => {
  it('has a factory for every Juju event of the event table', () => {
    const juju = EVENT_KINDS.filter((k) => k.scope !== 'framework').map((k) => k.name);
    for (const name of juju) expect(typeof (ctx.on as unknown as Record<string, unknown>)[name]).toBe('function');
    expect(Object.keys(ctx.on).sort()).toEqual([...juju].sort());
  });

  it('returns frozen events', () => {
    expect(Object.isFrozen(ctx.on.install())).toBe(true);
  });

  describe.each([
    ['install', () => ctx.on.install(), 'install'],
    ['start', () => ctx.on.start(), 'start'],
    ['stop', () => ctx.on.stop(), 'stop'],
    ['remove', () => ctx.on.remove(), 'remove'],
    ['upgradeCharm', () => ctx.on.upgradeCharm(), 'upgrade-charm'],
    ['leaderElected', () => ctx.on.leaderElected(), 'leader-elected'],
    ['leaderSettingsChanged', () => ctx.on.leaderSettingsChanged(), 'leader-settings-changed'],
    ['preSeriesUpgrade', () => ctx.on.preSeriesUpgrade(), 'pre-series-upgrade'],
    ['postSeriesUpgrade', () => ctx.on.postSeriesUpgrade(), 'post-series-upgrade'],
    ['collectMetrics', () => ctx.on.collectMetrics(), 'collect-metrics'],
    ['configChanged', () => ctx.on.configChanged(), 'config-changed'],
    ['relationCreated', () => ctx.on.relationCreated(db), 'db-relation-created -'],
    ['relationJoined (first remote unit by default)', () => ctx.on.relationJoined(db), 'db-relation-joined pg/0'],
    ['relationJoined with a chosen unit', () => ctx.on.relationJoined(db, { remoteUnit: 'pg/1' }), 'db-relation-joined pg/1'],
    ['relationChanged by endpoint name', () => ctx.on.relationChanged('db'), 'db-relation-changed pg/0'],
    ['relationDeparted', () => ctx.on.relationDeparted(db, { departingUnit: 'pg/1' }), 'db-relation-departed departing=pg/1'],
    ['relationBroken', () => ctx.on.relationBroken(db), 'db-relation-broken -'],
    ['peer relationJoined', () => ctx.on.relationJoined(cluster), 'cluster-relation-joined web/1'],
    ['subordinate relationJoined', () => ctx.on.relationJoined(logging), 'logging-relation-joined principal/3'],
    ['storageAttached', () => ctx.on.storageAttached(data), 'data-storage-attached data/0'],
    ['storageDetaching by id', () => ctx.on.storageDetaching('data/0'), 'data-storage-detaching data/0'],
    ['pebbleReady', () => ctx.on.pebbleReady(web), 'web-pebble-ready'],
    ['pebbleCustomNotice', () => ctx.on.pebbleCustomNotice(web, 'example.com/reload'), 'web-pebble-custom-notice example.com/reload'],
    ['pebbleCheckFailed', () => ctx.on.pebbleCheckFailed('web', 'alive'), 'web-pebble-check-failed alive'],
    ['secretChanged', () => ctx.on.secretChanged(observed), 'secret-changed observed'],
    ['secretRotate', () => ctx.on.secretRotate(owned), 'secret-rotate owned'],
    ['secretExpired', () => ctx.on.secretExpired(owned, { revision: 1 }), 'secret-expired owned'],
    ['secretRemove', () => ctx.on.secretRemove(owned), 'secret-remove owned'],
  ] as const)('%s', (_label, make, line) => {
    it(`reaches the charm's handler as ${line}`, async () => {
      expect(await seenAfter(make())).toContain(line);
    });
  });

  describe('updateStatus', () => {
    it('reaches the handler of a configured charm', async () => {
      const out = await ctx.run(ctx.on.updateStatus(), createState({ storedState: { 'WebCharm.state': { seen: [], configured: true, port: 1 } } }));
      expect((out.storedState['WebCharm.state'] as { seen: string[] }).seen).toEqual(['update-status']);
    });
  });

  describe('action', () => {
    it('gives each action a fresh id unless one is chosen', () => {
      const a = ctx.on.action('backup');
      const b = ctx.on.action('backup');
      expect(a.action?.id).not.toBe(b.action?.id);
      expect(ctx.on.action('backup', {}, { id: 'x' }).action?.id).toBe('x');
    });

    it('copies the params so later edits do not change the event', () => {
      const params = { path: '/a' };
      const event = ctx.on.action('backup', params);
      params.path = '/b';
      expect(event.action?.params).toEqual({ path: '/a' });
    });
  });

  it('builds a fresh charm instance for every run', async () => {
    await ctx.run(ctx.on.install(), world());
    await ctx.run(ctx.on.install(), world());
    expect(instances).toHaveLength(2);
    expect(instances[0]).not.toBe(instances[1]);
  });
});
