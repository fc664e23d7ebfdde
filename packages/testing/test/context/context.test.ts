import { ActionFailed } from '../../src/harness';
import {
  Context,
  ContextActionFailed,
  InconsistentStateError,
  UncaughtCharmError,
  createState,
  deferred,
  relation,
  updateState,
  type State,
} from '../../src/context';
import { WEB_YAML, WebCharm, instances, webContext } from './context-fixture';

const seen = (state: State): string[] => (state.storedState['WebCharm.state'] as { seen: string[] }).seen;
const configured = (port = 8080) => ({ 'WebCharm.state': { seen: [], configured: true, port } });

describe('Context', () => {
  describe('when constructed', () => {
    it('names the unit after the charm by default', () => {
      const ctx = webContext();
      expect(ctx.appName).toBe('web');
      expect(ctx.unitName).toBe('web/0');
      expect(ctx.jujuVersion).toBe('3.6.1');
    });

    it('takes the app name, unit id and Juju version from options', () => {
      const ctx = webContext({ appName: 'site', unitId: 3, jujuVersion: '3.5.0' });
      expect(ctx.unitName).toBe('site/3');
      expect(ctx.jujuVersion).toBe('3.5.0');
    });

    it('runs the charm as the configured unit', async () => {
      const ctx = webContext({ appName: 'site', unitId: 3 });
      await ctx.run(ctx.on.install(), createState());
      expect(instances[0]?.unit.name).toBe('site/3');
      expect(instances[0]?.app.name).toBe('site');
    });

    it('reports the Juju version to the charm', async () => {
      const ctx = webContext({ jujuVersion: '3.4.2' });
      await ctx.run(ctx.on.install(), createState());
      expect(instances[0]?.framework.context.jujuVersion).toBe('3.4.2');
    });
  });

  describe('run', () => {
    it('returns a new frozen State and leaves the input untouched', async () => {
      const ctx = webContext();
      const input = createState();
      const out = await ctx.run(ctx.on.install(), input);
      expect(out).not.toBe(input);
      expect(Object.isFrozen(out)).toBe(true);
      expect(Object.isFrozen(out.storedState)).toBe(true);
      expect(input.storedState).toEqual({});
      expect(input.unitStatus.status).toBe('unknown');
    });

    it('applies config defaults from the metadata', async () => {
      const ctx = webContext();
      const out = await ctx.run(ctx.on.configChanged(), createState());
      expect(out.storedState['WebCharm.state']).toMatchObject({ configured: true, port: 8080 });
    });

    it('passes the State config over the defaults', async () => {
      const ctx = webContext();
      const out = await ctx.run(ctx.on.configChanged(), createState({ config: { port: 9000 } }));
      expect(out.unitStatus).toEqual({ status: 'active', message: 'serving on 9000' });
      expect(out.config).toEqual({ port: 9000 });
    });

    it('keeps stored state across runs through the State', async () => {
      const ctx = webContext();
      const first = await ctx.run(ctx.on.install(), createState());
      const second = await ctx.run(ctx.on.start(), first);
      expect(seen(second)).toEqual(['install', 'start']);
    });

    it('starts from stored state written into the State', async () => {
      const ctx = webContext();
      const out = await ctx.run(ctx.on.updateStatus(), createState({ storedState: configured(1234) }));
      expect(out.unitStatus.message).toBe('serving on 1234');
    });

    it('commits relation writes', async () => {
      const ctx = webContext();
      const db = relation('db', { remoteApp: 'pg', remoteAppData: { host: 'pg-host' } });
      const out = await ctx.run(ctx.on.relationChanged(db), createState({ leader: true, relations: [db] }));
      expect(out.relations[0]?.localUnitData['seen-host']).toBe('pg-host');
      expect(out.relations[0]?.localAppData['units']).toBe('1');
    });

    it('gives a peer relation our own application as its remote app', async () => {
      const ctx = webContext();
      const out = await ctx.run(ctx.on.install(), createState({ relations: [{ endpoint: 'cluster', peer: true, remoteApp: '' }] }));
      expect(out.relations[0]?.remoteApp).toBe('web');
    });
  });

  describe('when a handler raises', () => {
    it('rejects with UncaughtCharmError naming the event and wrapping the cause', async () => {
      const ctx = webContext();
      const error = await ctx.run(ctx.on.configChanged(), createState({ config: { crash: true } })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UncaughtCharmError);
      expect((error as Error).message).toBe('the charm raised while handling config-changed: Error: crash requested by config');
      expect((error as UncaughtCharmError).cause.message).toBe('crash requested by config');
    });

    it('still records the outputs of the failed hook', async () => {
      const ctx = webContext();
      await ctx.run(ctx.on.configChanged(), createState({ config: { crash: true } })).catch(() => undefined);
      expect(ctx.jujuLog.some((l) => l.level === 'ERROR' && l.message.includes('crash requested by config'))).toBe(true);
    });
  });

  describe('runAll', () => {
    it('chains events, each on the State the previous one returned', async () => {
      const ctx = webContext();
      const out = await ctx.runAll([ctx.on.install(), ctx.on.configChanged(), ctx.on.start()], createState());
      expect(seen(out)).toEqual(['install', 'config-changed', 'start']);
      expect(out.unitStatus).toEqual({ status: 'active', message: 'serving on 8080' });
    });

    it('collects the outputs of the whole chain', async () => {
      const ctx = webContext();
      await ctx.runAll([ctx.on.install(), ctx.on.configChanged()], createState());
      expect(ctx.unitStatusHistory.map((s) => s.status)).toEqual(['blocked', 'maintenance', 'active']);
    });

    it('applies State changes given as functions between events', async () => {
      const ctx = webContext();
      const out = await ctx.runAll([ctx.on.install(), (s) => updateState(s, { leader: true }), ctx.on.leaderElected()], createState());
      expect(out.leader).toBe(true);
      expect(seen(out)).toEqual(['install', 'leader-elected']);
    });

    it('stops at the first failing event', async () => {
      const ctx = webContext();
      const chain = ctx.runAll([ctx.on.install(), ctx.on.configChanged(), ctx.on.start()], createState({ config: { crash: true } }));
      await expect(chain).rejects.toThrow('config-changed');
      expect(ctx.emittedEvents.map((e) => e.name)).not.toContain('start');
    });
  });

  describe('deferral', () => {
    it('puts a deferred event in the returned State', async () => {
      const ctx = webContext();
      const out = await ctx.run(ctx.on.updateStatus(), createState());
      expect(out.deferred).toEqual([{ event: { kind: 'updateStatus' }, handler: 'WebCharm.onUpdate' }]);
    });

    it('runs a deferred event again first on the next run', async () => {
      const ctx = webContext();
      const waiting = await ctx.run(ctx.on.configChanged(), createState({ config: { wait: true } }));
      expect(waiting.deferred).toHaveLength(1);
      const out = await ctx.run(ctx.on.install(), updateState(waiting, { config: { wait: false } }));
      expect(seen(out)).toEqual(['config-changed', 'install']);
      expect(out.deferred).toEqual([]);
    });

    it('accepts deferred entries built with deferred()', async () => {
      const ctx = webContext();
      const state = createState({ storedState: configured(), deferred: [deferred(ctx.on.updateStatus(), 'WebCharm.onUpdate')] });
      const out = await ctx.run(ctx.on.install(), state);
      expect(seen(out)).toEqual(['update-status', 'install']);
    });

    it('marks re-emitted events in the emitted events', async () => {
      const ctx = webContext();
      const state = createState({ storedState: configured(), deferred: [deferred(ctx.on.updateStatus(), 'WebCharm.onUpdate')] });
      await ctx.run(ctx.on.install(), state);
      expect(ctx.emittedEvents.map((e) => [e.name, e.reemitted])).toEqual([
        ['update-status', true],
        ['install', false],
        ['collect-unit-status', false],
      ]);
    });

    it('does not queue the same event twice', async () => {
      const ctx = webContext();
      const once = await ctx.run(ctx.on.updateStatus(), createState());
      const twice = await ctx.run(ctx.on.updateStatus(), once);
      expect(twice.deferred).toHaveLength(1);
    });

    it('keeps a deferred relation event with its relation', async () => {
      const ctx = webContext();
      const db = relation('db', { remoteApp: 'pg' });
      const entry = deferred(ctx.on.relationChanged(db), 'WebCharm.onDbChanged');
      expect(entry.event).toEqual({ kind: 'relationChanged', scope: 'db', relationId: db.id, remoteApp: 'pg', remoteUnit: 'pg/0' });
    });
  });

  describe('outputs', () => {
    it('records status, logs and workload version history', async () => {
      const ctx = webContext();
      await ctx.run(ctx.on.configChanged(), createState({ config: { port: 81 } }));
      expect(ctx.unitStatusHistory).toEqual([{ status: 'maintenance', message: 'port 81' }, { status: 'active', message: 'serving on 81' }]);
      expect(ctx.workloadVersionHistory).toEqual(['1.2.3']);
      expect(ctx.jujuLog).toContainEqual({ level: 'INFO', message: 'configured on port 81' });
      expect(ctx.appStatusHistory).toEqual([]);
    });

    it('resets them at each run', async () => {
      const ctx = webContext();
      await ctx.run(ctx.on.configChanged(), createState());
      await ctx.run(ctx.on.install(), createState());
      expect(ctx.workloadVersionHistory).toEqual([]);
      expect(ctx.emittedEvents.map((e) => e.name)).toEqual(['install', 'collect-unit-status']);
    });

    it('exposes them together as outputs', async () => {
      const ctx = webContext();
      await ctx.run(ctx.on.install(), createState());
      expect(ctx.outputs.emittedEvents).toBe(ctx.emittedEvents);
      expect(ctx.outputs.unitStatusHistory).toBe(ctx.unitStatusHistory);
    });

    it('records the event even when it is only observed for status', async () => {
      const ctx = webContext();
      await ctx.run(ctx.on.install(), createState());
      expect(ctx.emittedEvents[0]).toMatchObject({ name: 'install', kind: 'install', reemitted: false });
    });
  });

  describe('runAction', () => {
    it('resolves with the results, logs and State', async () => {
      const ctx = webContext();
      const run = await ctx.runAction('backup', { compress: true }, createState());
      // Juju's action-set stores strings.
      expect(run.results).toEqual({ path: '/tmp/backup', compressed: 'true' });
      expect(run.logs).toEqual(['backing up']);
      expect(Object.isFrozen(run.state)).toBe(true);
    });

    it('rejects with ActionFailed carrying message, results, logs and State', async () => {
      const ctx = webContext();
      const error = await ctx.runAction('explode', {}, createState()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ContextActionFailed);
      expect(error).toBeInstanceOf(ActionFailed);
      const failed = error as ContextActionFailed;
      expect(failed.message).toBe('boom: the action failed');
      expect(failed.results).toEqual({ partial: 'yes' });
      expect(failed.logs).toEqual(['about to fail']);
      expect(failed.state.unitStatus.status).toBe('blocked');
    });

    it('leaves the failure on the Context for ctx.run users', async () => {
      const ctx = webContext();
      await ctx.run(ctx.on.action('explode'), createState());
      expect(ctx.actionFailure).toBe('boom: the action failed');
      expect(ctx.actionResults).toEqual({ partial: 'yes' });
      expect(ctx.actionLogs).toEqual(['about to fail']);
    });

    it('refuses an undeclared action before running anything', async () => {
      const ctx = webContext();
      await expect(ctx.runAction('nope', {}, createState())).rejects.toThrow(InconsistentStateError);
      expect(instances).toHaveLength(0);
    });
  });

  describe('withCharm (component mode)', () => {
    it('hands over a charm built against the State without emitting an event', async () => {
      const ctx = webContext();
      const { result } = await ctx.withCharm(createState({ leader: true, config: { port: 99 } }), (charm) => [charm.unit.isLeader(), charm.model.config.get('port')]);
      expect(result).toEqual([true, 99]);
      expect(ctx.emittedEvents).toEqual([]);
    });

    it('commits what the charm wrote and its stored state', async () => {
      const ctx = webContext();
      const { state } = await ctx.withCharm(createState(), (charm) => {
        charm.state.port = 42;
        charm.unit.setWorkloadVersion('9');
      });
      expect(state.storedState['WebCharm.state']).toMatchObject({ port: 42 });
      expect(state.workloadVersion).toBe('9');
    });

    it('applies stored state from the State before handing the charm over', async () => {
      const ctx = webContext();
      const { result } = await ctx.withCharm(createState({ storedState: configured(7) }), (charm) => charm.state.port);
      expect(result).toBe(7);
    });

    it('commits nothing and rethrows when the callback throws', async () => {
      const ctx = webContext();
      const db = relation('db');
      const attempt = ctx.withCharm(createState({ relations: [db] }), (charm) => {
        charm.model.getRelation('db')?.data(charm.unit).set('k', 'v');
        throw new Error('component failed');
      });
      await expect(attempt).rejects.toThrow('component failed');
    });
  });

  describe('metadata', () => {
    it('is parsed once per Context and shared by every run', async () => {
      const ctx = new Context(WebCharm, { meta: WEB_YAML });
      await ctx.run(ctx.on.install(), createState());
      await ctx.run(ctx.on.install(), createState());
      expect(instances[0]?.meta).toBe(ctx.meta);
      expect(instances[1]?.meta).toBe(ctx.meta);
    });
  });

  describe('with a relation of 10,000 units', () => {
    it('runs relation-changed and keeps every unit', async () => {
      const ctx = webContext();
      const remoteUnits: Record<string, Record<string, string>> = {};
      for (let i = 0; i < 10_000; i++) remoteUnits[`pg/${i}`] = { n: String(i) };
      const db = relation('db', { remoteApp: 'pg', remoteUnits });
      const out = await ctx.run(ctx.on.relationChanged(db, { remoteUnit: 'pg/9999' }), createState({ leader: true, relations: [db] }));
      expect(out.relations[0]?.localAppData['units']).toBe('10000');
      expect(Object.keys(out.relations[0]?.remoteUnits ?? {})).toHaveLength(10_000);
      expect(seen(out)).toEqual(['db-relation-changed pg/9999']);
    });

    it('shares the frozen remote bags between the input and the returned State', async () => {
      const ctx = webContext();
      const db = relation('db', { remoteApp: 'pg', remoteAppData: { host: 'h' } });
      const input = createState({ relations: [db] });
      const out = await ctx.run(ctx.on.relationChanged(db), input);
      expect(out.relations[0]?.remoteUnits).toBe(input.relations[0]?.remoteUnits);
      expect(out.relations[0]?.remoteAppData).toBe(input.relations[0]?.remoteAppData);
      expect(out.relations[0]?.localUnitData).not.toBe(input.relations[0]?.localUnitData);
    });
  });

  describe('over many runs', () => {
    it('keeps outputs to the latest run only', async () => {
      const ctx = webContext();
      const state = createState();
      for (let i = 0; i < 50; i++) await ctx.run(ctx.on.install(), state);
      expect(ctx.emittedEvents).toHaveLength(2);
      expect(ctx.unitStatusHistory).toHaveLength(1);
    });
  });
});
