import type { JujuContext } from '../../../src/context/juju-context';
import type { CharmMeta, RelationMeta } from '../../../src/meta/charm-meta';
import { Model } from '../../../src/model';
import { FakeBackend, type FakeRelation } from './fake-backend';

/** A hook context for `web/0` in model `prod`, with `overrides` applied. */
export function makeContext(overrides: Partial<JujuContext> = {}): JujuContext {
  const unitName = overrides.unitName ?? 'web/0';
  return {
    dispatchPath: 'hooks/update-status',
    eventName: 'update-status',
    isAction: false,
    unitName,
    appName: unitName.split('/')[0] ?? 'web',
    modelName: 'prod',
    modelUuid: 'aaaa-bbbb',
    jujuVersion: '3.6.1',
    charmDir: '/charm',
    debug: false,
    debugAt: [],
    ...overrides,
  };
}

function endpoint(name: string, role: RelationMeta['role']): RelationMeta {
  return { name, role, interface: name, scope: 'global', optional: false };
}

/** Metadata with a `db` requirer, a `cluster` peer, a `web` container, `data` storage and an `image` resource. */
export function makeMeta(overrides: Partial<CharmMeta> = {}): CharmMeta {
  return {
    name: 'web',
    subordinate: false,
    assumes: [],
    relations: { db: endpoint('db', 'requires'), cluster: endpoint('cluster', 'peers'), website: endpoint('website', 'provides') },
    containers: { web: { name: 'web', mounts: [] } },
    storages: { data: { name: 'data', type: 'filesystem', shared: false, readOnly: false, properties: [] } },
    resources: { image: { name: 'image', type: 'oci-image' } },
    extraBindings: ['metrics'],
    config: {},
    actions: {},
    ...overrides,
  };
}

/** A `db` relation to `pg` with units pg/0 and pg/1, every bag holding one key. */
export function dbRelation(id = 3, overrides: Partial<FakeRelation> = {}): FakeRelation {
  return {
    endpoint: 'db',
    id,
    remoteApp: 'pg',
    units: ['pg/0', 'pg/1'],
    unitBags: { 'web/0': { mine: 'u' }, 'pg/0': { host: 'h0' }, 'pg/1': { host: 'h1' } },
    appBags: { web: { ours: 'a' }, pg: { dsn: 'postgres://' } },
    ...overrides,
  };
}

/** A `cluster` peer relation with web/1. */
export function peerRelation(id = 7): FakeRelation {
  return {
    endpoint: 'cluster',
    id,
    remoteApp: 'web',
    units: ['web/1'],
    unitBags: { 'web/0': {}, 'web/1': { peer: 'p1' } },
    appBags: { web: { shared: 's' } },
    peer: true,
  };
}

/** A fresh backend and a Model over it. */
export function makeModel(
  setup: (b: FakeBackend) => void = () => undefined,
  context: Partial<JujuContext> = {},
  meta: Partial<CharmMeta> = {},
): { backend: FakeBackend; model: Model } {
  const ctx = makeContext(context);
  const backend = new FakeBackend(ctx.unitName, ctx.appName);
  setup(backend);
  backend.calls = [];
  return { backend, model: new Model(backend, makeMeta(meta), ctx) };
}
