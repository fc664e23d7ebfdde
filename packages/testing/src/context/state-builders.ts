import type { NetworkInfo } from '@jujuts/ops/internal';
import { defaultNetwork, defaultUnitBag, type Databag, type RelationState, type SecretState, type StorageState } from '../juju';
import { newSecretId } from '../juju/secret-id';
import { nextRotateTime } from '../juju/secret-rules';
import { deepFreeze, thaw } from './deep-freeze';

/** Relation ids are unique across a test file, as Juju's are across a model. */
let nextRelationId = 1;

/** Options of {@link relation}: any part of the relation. */
export type RelationOptions = Partial<Omit<RelationState, 'endpoint' | 'peer'>>;

function build(endpoint: string, options: RelationOptions, peer: boolean, subordinate: boolean): RelationState {
  const copy = thaw(options);
  const id = copy.id ?? nextRelationId++;
  if (copy.id !== undefined && copy.id >= nextRelationId) nextRelationId = copy.id + 1;
  // A peer relation's remote app is our own; '' stands for it until the Context knows the app name.
  const remoteApp = copy.remoteApp ?? (peer ? '' : 'remote');
  return deepFreeze({
    id,
    endpoint,
    interface: copy.interface ?? endpoint,
    remoteApp,
    remoteUnits: copy.remoteUnits ?? (peer ? {} : { [`${remoteApp}/0`]: defaultUnitBag() }),
    localUnitData: copy.localUnitData ?? defaultUnitBag(),
    localAppData: copy.localAppData ?? {},
    remoteAppData: copy.remoteAppData ?? {},
    peer,
    subordinate,
    remoteModelUuid: copy.remoteModelUuid ?? '',
    // Only when given: without it `network-get -r` answers with the endpoint's binding.
    ...(copy.network !== undefined ? { network: copy.network } : {}),
  });
}

/**
 * A regular relation on `endpoint`, with one remote unit `remote/0` unless
 * `remoteUnits` says otherwise. Give it a `network` when it has one of its
 * own (a cross-model relation, one bound to another space).
 *
 * @example
 * ```ts
 * const db = relation('db', { remoteApp: 'postgresql', remoteAppData: { host: 'pg' }, remoteUnits: { 'postgresql/0': {} } });
 * const cmr = relation('db', { network: network({ address: '10.20.0.4' }) });
 * ```
 */
export function relation(endpoint: string, options: RelationOptions = {}): RelationState {
  return build(endpoint, options, false, false);
}

/** A peer relation: `peers` maps the other units of our application to their bags. */
export function peerRelation(endpoint: string, options: Omit<RelationOptions, 'remoteUnits' | 'remoteAppData'> & { peers?: Record<string, Databag> } = {}): RelationState {
  const { peers, ...rest } = options;
  return build(endpoint, { ...rest, remoteUnits: peers ?? {} }, true, false);
}

/** A subordinate (container-scoped) relation: exactly one remote unit, the principal beside us. */
export function subordinateRelation(endpoint: string, options: Omit<RelationOptions, 'remoteUnits'> & { remoteUnit?: string; remoteUnitData?: Databag } = {}): RelationState {
  const { remoteUnit, remoteUnitData, ...rest } = options;
  const app = rest.remoteApp ?? remoteUnit?.split('/')[0] ?? 'remote';
  return build(endpoint, { ...rest, remoteApp: app, remoteUnits: { [remoteUnit ?? `${app}/0`]: remoteUnitData ?? defaultUnitBag() } }, false, true);
}

/** Options of {@link secret}: give `content` for a one-revision secret, or `revisions`. */
export type SecretOptions = Partial<SecretState> & { content?: Record<string, string> };

/**
 * A secret the unit owns (`owner: 'app'` or `'unit'`) or observes (no owner).
 * With a `rotate` policy other than `never` and no `rotates`, it next
 * rotates one interval from now, as Juju sets it.
 *
 * @example
 * ```ts
 * const creds = secret({ content: { password: 'hunter2' }, label: 'db-creds' });
 * ```
 */
export function secret(options: SecretOptions): SecretState {
  const { content, ...rest } = thaw(options);
  const revisions = rest.revisions ?? (content ? [{ revision: 1, content }] : []);
  if (revisions.length === 0) throw new Error(`secret(${rest.id ?? rest.label ?? ''}): give it content or revisions, for example secret({ content: { key: 'value' } })`);
  const rotates = rest.rotates ?? nextRotateTime(rest.rotate, new Date());
  return deepFreeze({
    ...rest,
    id: rest.id ?? newSecretId(),
    revisions,
    trackedRevision: rest.trackedRevision ?? Math.max(...revisions.map((r) => r.revision)),
    grants: rest.grants ?? {},
    ...(rotates === undefined ? {} : { rotates }),
  });
}

/** A storage instance `name/index` (index 0 unless given), mounted under Juju's default location. */
export function storage(name: string, options: Partial<Omit<StorageState, 'name'>> = {}): StorageState {
  const index = options.index ?? 0;
  return deepFreeze({ name, index, location: options.location ?? `/var/lib/juju/storage/${name}/${index}`, kind: options.kind ?? 'filesystem' });
}

/** What `network-get` reports for a binding: one address, overridable. */
export function network(options: { address?: string; cidr?: string; ingressAddresses?: string[]; egressSubnets?: string[] } = {}): NetworkInfo {
  const base = defaultNetwork();
  const address = options.address ?? base.ingressAddresses[0] ?? '192.0.2.0';
  const cidr = options.cidr ?? base.egressSubnets[0] ?? '192.0.2.0/24';
  return deepFreeze({
    bindAddresses: [{ macAddress: '', interfaceName: 'eth0', addresses: [{ value: address, cidr }] }],
    ingressAddresses: options.ingressAddresses ?? [address],
    egressSubnets: options.egressSubnets ?? [cidr],
  });
}
