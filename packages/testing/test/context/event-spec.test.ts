import { createState, deferred, relation, secret, container, peerRelation } from '../../src/context';
import { toHookEventSpec } from '../../src/context/event-spec';
import { webContext } from './context-fixture';

const ctx = webContext();

describe('toHookEventSpec', () => {
  it('dispatches plain hooks by their Juju name', () => {
    expect(toHookEventSpec(ctx.on.upgradeCharm(), undefined, 'web')).toEqual({ path: 'hooks/upgrade-charm' });
  });

  it('dispatches actions under actions/ with their id and params', () => {
    expect(toHookEventSpec(ctx.on.action('backup', { path: '/x' }, { id: '7' }), undefined, 'web')).toEqual({ path: 'actions/backup', actionUuid: '7', params: { path: '/x' } });
  });

  it('names the relation, remote app and the first remote unit listed for relation-changed', () => {
    const db = relation('db', { remoteApp: 'pg', remoteUnits: { 'pg/3': {}, 'pg/2': {} } });
    expect(toHookEventSpec(ctx.on.relationChanged(db), createState({ relations: [db] }), 'web')).toEqual({
      path: 'hooks/db-relation-changed',
      relationId: db.id,
      relationName: 'db',
      remoteApp: 'pg',
      remoteUnit: 'pg/3',
      departingUnit: undefined,
    });
  });

  it('names no remote unit for relation-broken and relation-created', () => {
    const db = relation('db');
    const state = createState({ relations: [db] });
    expect(toHookEventSpec(ctx.on.relationBroken(db), state, 'web').remoteUnit).toBeUndefined();
    expect(toHookEventSpec(ctx.on.relationCreated(db), state, 'web').remoteUnit).toBeUndefined();
  });

  it('names the departing unit as the remote unit for relation-departed', () => {
    const db = relation('db', { remoteApp: 'pg', remoteUnits: { 'pg/0': {}, 'pg/1': {} } });
    const spec = toHookEventSpec(ctx.on.relationDeparted(db, { departingUnit: 'pg/1' }), createState({ relations: [db] }), 'web');
    expect(spec).toMatchObject({ remoteUnit: 'pg/1', departingUnit: 'pg/1' });
  });

  it('gives a peer relation our own app as remote app', () => {
    const cluster = peerRelation('cluster', { peers: { 'web/1': {} } });
    expect(toHookEventSpec(ctx.on.relationChanged(cluster), createState({ relations: [cluster] }), 'web').remoteApp).toBe('web');
  });

  it('fills the label of a secret from the State and the latest revision for secret-remove', () => {
    const s = secret({ label: 'creds', owner: 'app', revisions: [{ revision: 1, content: {} }, { revision: 4, content: {} }] });
    expect(toHookEventSpec(ctx.on.secretRemove(s.id), createState({ secrets: [s] }), 'web')).toEqual({ path: 'hooks/secret-remove', secretId: s.id, secretLabel: 'creds', secretRevision: 4 });
  });

  it('names no revision for secret-changed', () => {
    const s = secret({ content: {} });
    expect(toHookEventSpec(ctx.on.secretChanged(s), createState({ secrets: [s] }), 'web').secretRevision).toBeUndefined();
  });

  it('names the storage instance', () => {
    expect(toHookEventSpec(ctx.on.storageAttached('data/2'), undefined, 'web')).toEqual({ path: 'hooks/data-storage-attached', storageId: 'data/2' });
  });

  it('names the container and check', () => {
    expect(toHookEventSpec(ctx.on.pebbleCheckFailed('web', 'alive'), undefined, 'web')).toMatchObject({ path: 'hooks/web-pebble-check-failed', workloadName: 'web', checkName: 'alive' });
  });

  it('gives a notice the id Pebble numbers it with', () => {
    const web = container('web', { notices: [{ key: 'a.com/x' }, { key: 'a.com/y' }] });
    expect(toHookEventSpec(ctx.on.pebbleCustomNotice(web, 'a.com/y'), createState({ containers: [web] }), 'web')).toMatchObject({ noticeId: '2', noticeType: 'custom', noticeKey: 'a.com/y' });
  });
});

describe('deferred', () => {
  it('needs the relation object (or the State) for a relation event', () => {
    expect(() => deferred(ctx.on.relationChanged('db'), 'WebCharm.onDbChanged')).toThrow(
      'deferred(db-relation-changed): pass the relation object (or the State) so the relation id is known',
    );
  });

  it('resolves an endpoint name against a given State', () => {
    const db = relation('db');
    expect(deferred(ctx.on.relationChanged('db'), 'WebCharm.onDbChanged', createState({ relations: [db] })).event.relationId).toBe(db.id);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(deferred(ctx.on.install(), 'WebCharm.onLifecycle'))).toBe(true);
  });

  it("refuses a peer relation event, whose remote app only the Context knows", () => {
    expect(() => deferred(ctx.on.relationChanged(peerRelation('cluster', { peers: { 'web/1': {} } })), 'WebCharm.onRelation')).toThrow(
      "deferred(cluster-relation-changed): a peer relation's remote app is the charm's own; use ctx.deferred(...), which knows the app name",
    );
  });

  it('is also available on the Context with its app name', () => {
    const cluster = peerRelation('cluster', { peers: { 'web/1': {} } });
    expect(ctx.deferred(ctx.on.relationChanged(cluster), 'WebCharm.onRelation').event.remoteApp).toBe('web');
  });
});
