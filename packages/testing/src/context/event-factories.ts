import type { JsonValue } from '@jujuts/ops/internal';
import type { ContainerRef, ContextEvent, RelationRef, SecretRef } from './context-event';

type Simple = () => ContextEvent;
type OnRelation = (relation: RelationRef, options?: { remoteUnit?: string }) => ContextEvent;
type OnSecret = (secret: SecretRef, options?: { revision?: number }) => ContextEvent;
type StorageRef = { readonly name: string; readonly index: number } | string;

/** `ctx.on`: one factory per Juju event (the framework's collect-status events are not Juju's to send). */
export interface ContextEvents {
  install: Simple;
  start: Simple;
  stop: Simple;
  remove: Simple;
  updateStatus: Simple;
  configChanged: Simple;
  upgradeCharm: Simple;
  leaderElected: Simple;
  leaderSettingsChanged: Simple;
  preSeriesUpgrade: Simple;
  postSeriesUpgrade: Simple;
  collectMetrics: Simple;
  /** An observer's secret got a new revision. */
  secretChanged: (secret: SecretRef) => ContextEvent;
  secretRotate: (secret: SecretRef) => ContextEvent;
  /** `revision` defaults to the secret's latest. */
  secretExpired: OnSecret;
  /** `revision` defaults to the secret's latest. */
  secretRemove: OnSecret;
  relationCreated: (relation: RelationRef) => ContextEvent;
  relationJoined: OnRelation;
  relationChanged: OnRelation;
  /** `departingUnit` (and the remote unit) default to the relation's first remote unit. */
  relationDeparted: (relation: RelationRef, options?: { remoteUnit?: string; departingUnit?: string }) => ContextEvent;
  relationBroken: (relation: RelationRef) => ContextEvent;
  storageAttached: (storage: StorageRef) => ContextEvent;
  storageDetaching: (storage: StorageRef) => ContextEvent;
  pebbleReady: (container: ContainerRef) => ContextEvent;
  /** `notice` is the notice object from the container's State, or its key. */
  pebbleCustomNotice: (container: ContainerRef, notice: { key: string; type?: string } | string) => ContextEvent;
  pebbleCheckFailed: (container: ContainerRef, check: string) => ContextEvent;
  pebbleCheckRecovered: (container: ContainerRef, check: string) => ContextEvent;
  /** `juju run <unit> name key=value…`; `id` defaults to a fresh number. */
  action: (name: string, params?: Readonly<Record<string, JsonValue>>, options?: { id?: string }) => ContextEvent;
}

let nextActionId = 1;

const nameOf = (ref: ContainerRef): string => (typeof ref === 'string' ? ref : ref.name);
const secretOf = (ref: SecretRef) => (typeof ref === 'string' ? { id: ref } : { id: ref.id, label: ref.label });
const storageOf = (ref: StorageRef) => {
  if (typeof ref !== 'string') return { name: ref.name, index: ref.index };
  const [name = ref, index = '0'] = ref.split('/');
  return { name, index: Number(index) };
};
const freeze = (event: ContextEvent): ContextEvent => Object.freeze(event);

/** The `ctx.on` factories: each returns a frozen {@link ContextEvent}. */
export function createEventFactories(): ContextEvents {
  const simple = (kind: string): Simple => () => freeze({ kind });
  const onRelation = (kind: string): OnRelation => (relation, options = {}) => freeze({ kind, relation, remoteUnit: options.remoteUnit });
  const onSecret = (kind: string): OnSecret => (secret, options = {}) => freeze({ kind, secret: secretOf(secret), secretRevision: options.revision });
  const onCheck = (kind: string) => (container: ContainerRef, check: string) => freeze({ kind, container: nameOf(container), check });
  return Object.freeze({
    install: simple('install'),
    start: simple('start'),
    stop: simple('stop'),
    remove: simple('remove'),
    updateStatus: simple('updateStatus'),
    configChanged: simple('configChanged'),
    upgradeCharm: simple('upgradeCharm'),
    leaderElected: simple('leaderElected'),
    leaderSettingsChanged: simple('leaderSettingsChanged'),
    preSeriesUpgrade: simple('preSeriesUpgrade'),
    postSeriesUpgrade: simple('postSeriesUpgrade'),
    collectMetrics: simple('collectMetrics'),
    secretChanged: (secret: SecretRef) => freeze({ kind: 'secretChanged', secret: secretOf(secret) }),
    secretRotate: (secret: SecretRef) => freeze({ kind: 'secretRotate', secret: secretOf(secret) }),
    secretExpired: onSecret('secretExpired'),
    secretRemove: onSecret('secretRemove'),
    relationCreated: (relation: RelationRef) => freeze({ kind: 'relationCreated', relation }),
    relationJoined: onRelation('relationJoined'),
    relationChanged: onRelation('relationChanged'),
    relationDeparted: (relation: RelationRef, options: { remoteUnit?: string; departingUnit?: string } = {}) =>
      freeze({ kind: 'relationDeparted', relation, remoteUnit: options.remoteUnit, departingUnit: options.departingUnit }),
    relationBroken: (relation: RelationRef) => freeze({ kind: 'relationBroken', relation }),
    storageAttached: (storage: StorageRef) => freeze({ kind: 'storageAttached', storage: storageOf(storage) }),
    storageDetaching: (storage: StorageRef) => freeze({ kind: 'storageDetaching', storage: storageOf(storage) }),
    pebbleReady: (container: ContainerRef) => freeze({ kind: 'pebbleReady', container: nameOf(container) }),
    pebbleCustomNotice: (container: ContainerRef, notice: { key: string; type?: string } | string) =>
      freeze({
        kind: 'pebbleCustomNotice',
        container: nameOf(container),
        notice: typeof notice === 'string' ? { key: notice, type: 'custom' } : { key: notice.key, type: notice.type ?? 'custom' },
      }),
    pebbleCheckFailed: onCheck('pebbleCheckFailed'),
    pebbleCheckRecovered: onCheck('pebbleCheckRecovered'),
    action: (name: string, params: Readonly<Record<string, JsonValue>> = {}, options: { id?: string } = {}) =>
      freeze({ kind: 'action', action: { name, params: structuredClone(params) as Record<string, JsonValue>, id: options.id ?? String(nextActionId++) } }),
  });
}
