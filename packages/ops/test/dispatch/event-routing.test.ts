import {
  CharmBase,
  action,
  container,
  on,
  relation,
  secret,
  storage,
  type ActionEvent,
  type EventBase,
  type PebbleCheckFailedEvent,
  type PebbleCustomNoticeEvent,
  type PebbleReadyEvent,
  type RelationChangedEvent,
  type RelationDepartedEvent,
  type RelationJoinedEvent,
  type SecretChangedEvent,
  type SecretExpiredEvent,
  type StorageAttachedEvent,
} from '../../src';
import { makeMeta } from '../support/charm-meta.factory';
import { TestUnit } from '../support/run-in-memory';

const seen: string[] = [];
const attrs: Record<string, unknown>[] = [];
const db = relation('db');
const web = container('web');
const data = storage('data');
const creds = secret('creds');

class RoutingCharm extends CharmBase {
  private note(name: string, e: EventBase, extra: Record<string, unknown> = {}): void {
    seen.push(name);
    attrs.push({ name, display: e.displayName, ...extra });
  }
  @on.install onInstall(e: EventBase) { this.note('install', e); }
  @on.leaderElected onLeader(e: EventBase) { this.note('leaderElected', e); }
  @on.upgradeCharm onUpgrade(e: EventBase) { this.note('upgradeCharm', e); }
  @on.stop onStop(e: EventBase) { this.note('stop', e); }
  @db.joined onJoined(e: RelationJoinedEvent) {
    this.note('joined', e, { relation: e.relation.toString(), app: e.app?.name, unit: e.unit?.name });
  }
  @on.relationChanged('db') onChanged(e: RelationChangedEvent) {
    this.note('changed', e, { relation: e.relation.id, bag: e.unit ? e.relation.data(e.unit).get('k') : undefined });
  }
  @db.departed onDeparted(e: RelationDepartedEvent) { this.note('departed', e, { departing: e.departingUnit?.name }); }
  @db.broken onBroken(e: EventBase) { this.note('broken', e, { live: this.model.getRelations('db').length }); }
  @web.pebbleReady onReady(e: PebbleReadyEvent) { this.note('ready', e, { workload: e.workload.name }); }
  @web.pebbleCustomNotice onNotice(e: PebbleCustomNoticeEvent) { this.note('notice', e, { ...e.notice }); }
  @web.pebbleCheckFailed onCheck(e: PebbleCheckFailedEvent) { this.note('checkFailed', e, { check: e.check.name }); }
  @data.attached onAttached(e: StorageAttachedEvent) { this.note('attached', e, { storage: e.storage.fullId }); }
  @on.secretChanged onAnySecret(e: SecretChangedEvent) { this.note('anySecret', e, { id: e.secret.id }); }
  @creds.changed onCreds(e: SecretChangedEvent) { this.note('creds', e, { label: e.secret.label }); }
  @creds.expired onExpired(e: SecretExpiredEvent) { this.note('expired', e, { revision: e.revision }); }
  @action('backup') onBackup(e: ActionEvent) {
    this.note('backup', e, { id: e.id, params: e.params });
    e.setResults({ done: true });
  }
}

const meta = makeMeta({
  relations: { db: { role: 'requires', interface: 'pg' } },
  containers: ['web'],
  storages: ['data'],
  actions: ['backup'],
});

function unit() {
  return new TestUnit(RoutingCharm, meta, {
    unitName: 'web/0',
    relations: [{ id: 3, endpoint: 'db', remoteApp: 'pg', remoteUnits: { 'pg/0': { k: 'v0' }, 'pg/1': {} } }],
    storages: [{ name: 'data', index: 0, location: '/srv/data' }],
    secrets: [{ id: 'secret:abc', label: 'creds', content: { password: 'hunter2' } }],
  });
}

beforeEach(() => {
  seen.length = 0;
  attrs.length = 0;
});

describe('dispatch routing', () => {
  describe('when the hook is a lifecycle event', () => {
    it('runs only the matching handler', async () => {
      await unit().ok('hooks/install');
      expect(seen).toEqual(['install']);
      expect(attrs[0]).toMatchObject({ display: 'install' });
    });
  });

  describe('when the hook is a relation event', () => {
    it('gives the relation, remote app and remote unit', async () => {
      await unit().ok({ path: 'hooks/db-relation-joined', relationId: 3, remoteUnit: 'pg/1' });
      expect(attrs).toEqual([{ name: 'joined', display: 'db-relation-joined', relation: 'db:3', app: 'pg', unit: 'pg/1' }]);
    });

    it('lets the handler read the remote unit bag', async () => {
      await unit().ok({ path: 'hooks/db-relation-changed', relationId: 3, remoteUnit: 'pg/0' });
      expect(attrs[0]).toMatchObject({ relation: 3, bag: 'v0' });
    });

    it('names the departing unit on departed', async () => {
      await unit().ok({ path: 'hooks/db-relation-departed', relationId: 3, remoteUnit: 'pg/1', departingUnit: 'pg/1' });
      expect(attrs[0]).toMatchObject({ departing: 'pg/1' });
    });

    it('leaves the broken relation out of the model', async () => {
      await unit().ok({ path: 'hooks/db-relation-broken', relationId: 3 });
      expect(attrs[0]).toMatchObject({ name: 'broken', live: 0 });
    });
  });

  describe('when the hook is a workload event', () => {
    it('gives the container on pebble-ready', async () => {
      await unit().ok({ path: 'hooks/web-pebble-ready', workloadName: 'web' });
      expect(attrs[0]).toMatchObject({ name: 'ready', workload: 'web' });
    });

    it('gives the notice on a custom notice', async () => {
      await unit().ok({ path: 'hooks/web-pebble-custom-notice', workloadName: 'web', noticeId: '7', noticeType: 'custom', noticeKey: 'example.com/x' });
      expect(attrs[0]).toMatchObject({ id: '7', type: 'custom', key: 'example.com/x' });
    });

    it('gives the check on check-failed', async () => {
      await unit().ok({ path: 'hooks/web-pebble-check-failed', workloadName: 'web', checkName: 'alive' });
      expect(attrs[0]).toMatchObject({ name: 'checkFailed', check: 'alive' });
    });
  });

  describe('when the hook is a storage event', () => {
    it('gives the storage instance', async () => {
      await unit().ok({ path: 'hooks/data-storage-attached', storageId: 'data/0' });
      expect(attrs[0]).toMatchObject({ storage: 'data/0' });
    });
  });

  describe('when the hook is a secret event', () => {
    it('runs the unfiltered handler and the handler for that label', async () => {
      await unit().ok({ path: 'hooks/secret-changed', secretId: 'secret:abc', secretLabel: 'creds' });
      expect(seen).toEqual(['anySecret', 'creds']);
    });

    it('does not run a label handler for another secret', async () => {
      await unit().ok({ path: 'hooks/secret-changed', secretId: 'secret:other', secretLabel: 'other' });
      expect(seen).toEqual(['anySecret']);
    });

    it('gives the revision on secret-expired', async () => {
      await unit().ok({ path: 'hooks/secret-expired', secretId: 'secret:abc', secretLabel: 'creds', secretRevision: 4 });
      expect(attrs[0]).toMatchObject({ name: 'expired', revision: 4 });
    });
  });

  describe('when the dispatch path is an action', () => {
    it('gives the id and params and records results', async () => {
      const u = unit();
      await u.ok({ path: 'actions/backup', actionUuid: '42', params: { target: '/tmp' } });
      expect(attrs[0]).toMatchObject({ name: 'backup', id: '42', params: { target: '/tmp' } });
      expect(u.juju.outputs.actionResults).toEqual({ done: 'true' });
    });
  });

  describe('when the charm does not handle the event', () => {
    it('runs nothing and succeeds', async () => {
      const result = await unit().dispatch('hooks/update-status');
      expect(result.ok).toBe(true);
      expect(seen).toEqual([]);
    });

    it('treats an unknown hook name as nothing to do', async () => {
      const result = await unit().dispatch('hooks/some-future-hook');
      expect(result.ok && result.outcome.event).toBeUndefined();
    });
  });
});
