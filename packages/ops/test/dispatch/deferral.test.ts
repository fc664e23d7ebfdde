import { CharmBase, DeferError, on, relation, stored, type ConfigChangedEvent, type RelationChangedEvent, type StartEvent, type StopEvent } from '../../src';
import { makeMeta } from '../support/charm-meta.factory';
import { TestUnit } from '../support/run-in-memory';

const calls: string[] = [];
const db = relation('db');

/** Defers start and db-relation-changed until `ready` is stored. */
class WaitingCharm extends CharmBase {
  @stored() state = { ready: false, deferStartAgain: true };

  @on.start onStart(e: StartEvent) {
    calls.push('start');
    if (!this.state.ready || this.state.deferStartAgain) e.defer();
  }
  @db.changed onDb(e: RelationChangedEvent) {
    calls.push(`db:${e.unit?.name ?? '-'}`);
    if (!this.state.ready) e.defer();
  }
  @on.configChanged onConfig(_e: ConfigChangedEvent) {
    calls.push('config');
    this.state.ready = true;
  }
  @on.updateStatus onTick() {
    calls.push('tick');
    this.state.deferStartAgain = false;
  }
  @on.stop onStop(e: StopEvent) {
    e.defer();
  }
}

const meta = makeMeta({ relations: { db: { role: 'requires' } } });
const unit = () => new TestUnit(WaitingCharm, meta, { relations: [{ id: 1, endpoint: 'db', remoteApp: 'pg', remoteUnits: { 'pg/0': {}, 'pg/1': {} } }] });
const changed = (u: string) => ({ path: 'hooks/db-relation-changed', relationId: 1, remoteUnit: u });

beforeEach(() => {
  calls.length = 0;
});

describe('defer', () => {
  describe('across three dispatches', () => {
    it('re-runs deferred events first, in their original order', async () => {
      const u = unit();
      await u.ok('hooks/start');
      await u.ok(changed('pg/0'));
      expect(calls).toEqual(['start', 'start', 'db:pg/0']);
      expect(u.store.current.deferred.map((d) => d.event.kind)).toEqual(['start', 'relationChanged']);
      calls.length = 0;
      await u.ok('hooks/config-changed');
      expect(calls).toEqual(['start', 'db:pg/0', 'config']);
    });

    it('keeps a re-deferred event in its place and drops the ones that ran', async () => {
      const u = unit();
      await u.ok('hooks/start');
      await u.ok(changed('pg/0'));
      await u.ok('hooks/config-changed');
      // start deferred again (deferStartAgain), db ran while not ready → both still queued? db ran before ready was set.
      expect(u.store.current.deferred.map((d) => d.event.kind)).toEqual(['start', 'relationChanged']);
      await u.ok('hooks/update-status');
      expect(u.store.current.deferred.map((d) => d.event.kind)).toEqual(['start']);
      calls.length = 0;
      await u.ok('hooks/update-status');
      expect(calls).toEqual(['start', 'tick']);
      expect(u.store.current.deferred).toEqual([]);
    });

    it('queues an identical event only once', async () => {
      const u = unit();
      await u.ok(changed('pg/0'));
      await u.ok(changed('pg/0'));
      await u.ok(changed('pg/1'));
      const units = u.store.current.deferred.map((d) => d.event.remoteUnit);
      expect(units).toEqual(['pg/0', 'pg/1']);
    });

    it('logs the queue length', async () => {
      const u = unit();
      await u.ok('hooks/start');
      await u.ok(changed('pg/0'));
      expect(u.logs).toContain('INFO deferred db-relation-changed for WaitingCharm.onDb (2 deferred)');
      expect(u.logs).toContain('INFO re-emitting 1 deferred event');
    });
  });

  describe('on an event Juju will not deliver again', () => {
    it('throws a DeferError naming the event and fails the hook', async () => {
      const result = await unit().dispatch('hooks/stop');
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error).toBeInstanceOf(DeferError);
      expect(!result.ok && result.error.message).toMatch(/^stop cannot be deferred: Juju will not deliver it again/);
    });
  });
});
