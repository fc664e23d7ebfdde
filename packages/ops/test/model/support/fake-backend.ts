import type {
  AppStatusPayload,
  ConfigValue,
  GoalState,
  JsonValue,
  NetworkInfo,
  PortSpec,
  RelationRef,
  SecretFields,
  SecretInfoPayload,
  SecretOwner,
  SecretQuery,
  StatusName,
  StatusPayload,
  StorageDetails,
} from '../../../src/backend/backend-types';
import type { ModelBackend } from '../../../src/backend/model-backend';
import { ModelError, RelationDataAccessError, RelationNotFoundError, SecretNotFoundError } from '../../../src/errors';
import type { PebbleClient } from '../../../src/pebble/pebble-client';

/** One relation as Juju holds it. */
export interface FakeRelation {
  endpoint: string;
  id: number;
  remoteApp: string | null;
  units: string[];
  /** Bags by unit or application name. */
  unitBags: Record<string, Record<string, string>>;
  appBags: Record<string, Record<string, string>>;
  peer?: boolean;
  modelUuid?: string;
}

/** One secret as Juju holds it. */
export interface FakeSecret {
  id: string;
  content: Record<string, string>;
  latest?: Record<string, string>;
  label?: string | undefined;
  owner: SecretOwner;
  revision: number;
  description?: string | undefined;
}

/** A recorded backend call. */
export interface Call {
  method: string;
  args: unknown[];
}

/**
 * A small in-memory ModelBackend for model tests: Juju's state as plain data,
 * every call recorded, and Juju's refusals raised as the real backend maps them.
 */
export class FakeBackend implements ModelBackend {
  calls: Call[] = [];
  leader = false;
  relations: FakeRelation[] = [];
  config: Record<string, ConfigValue> = {};
  unitStatus: StatusPayload = { status: 'maintenance', message: 'installing' };
  appStatus: StatusPayload = { status: 'active', message: '' };
  workloadVersion: string | undefined;
  ports: PortSpec[] = [];
  secrets: FakeSecret[] = [];
  storages: Record<string, string[]> = {};
  storageDetails: Record<string, StorageDetails> = {};
  storageRequests: Array<[string, number]> = [];
  resources: Record<string, string> = {};
  networks: Record<string, NetworkInfo> = {};
  goal: GoalState = { units: {}, relations: {} };
  cloud: Record<string, JsonValue> | undefined;
  reboots: boolean[] = [];
  private nextSecret = 1;

  constructor(
    readonly unitName = 'web/0',
    readonly appName = unitName.split('/')[0] ?? 'web',
  ) {}

  /** The calls made to `method`, in order. */
  callsTo(method: string): unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  private record(method: string, ...args: unknown[]): void {
    this.calls.push({ method, args });
  }

  private rel(ref: RelationRef): FakeRelation {
    const r = this.relations.find((x) => x.id === ref.id && x.endpoint === ref.endpoint);
    if (!r) throw new RelationNotFoundError(`invalid value "${ref.endpoint}:${ref.id}" for option -r: relation not found`);
    return r;
  }

  relationIds(endpoint: string): number[] {
    this.record('relationIds', endpoint);
    return this.relations.filter((r) => r.endpoint === endpoint).map((r) => r.id);
  }
  relationList(rel: RelationRef): string[] {
    this.record('relationList', rel);
    return [...this.rel(rel).units];
  }
  relationRemoteApp(rel: RelationRef): string | null {
    this.record('relationRemoteApp', rel);
    return this.rel(rel).remoteApp;
  }
  relationGet(rel: RelationRef, member: string, isApp: boolean): Record<string, string> {
    this.record('relationGet', rel, member, isApp);
    const r = this.rel(rel);
    if (isApp && member === this.appName && !this.leader && !r.peer) {
      throw new RelationDataAccessError('ERROR permission denied');
    }
    const bag = (isApp ? r.appBags : r.unitBags)[member];
    if (!bag) throw new ModelError(`ERROR cannot read settings for ${member}: not found`);
    return { ...bag };
  }
  relationSet(rel: RelationRef, changes: Readonly<Record<string, string>>, isApp: boolean): void {
    this.record('relationSet', rel, { ...changes }, isApp);
    const r = this.rel(rel);
    if (isApp && !this.leader) throw new RelationDataAccessError('ERROR cannot write relation settings');
    const bags = isApp ? r.appBags : r.unitBags;
    const bag = (bags[isApp ? this.appName : this.unitName] ??= {});
    for (const [k, v] of Object.entries(changes)) {
      if (v === '') delete bag[k];
      else bag[k] = v;
    }
  }
  relationModelUuid(rel: RelationRef): string {
    this.record('relationModelUuid', rel);
    return this.rel(rel).modelUuid ?? 'model-uuid-local';
  }

  configGet(): Record<string, ConfigValue> {
    this.record('configGet');
    return { ...this.config };
  }
  isLeader(): boolean {
    this.record('isLeader');
    return this.leader;
  }
  goalState(): GoalState {
    this.record('goalState');
    return this.goal;
  }

  unitStatusGet(): StatusPayload {
    this.record('unitStatusGet');
    return this.unitStatus;
  }
  appStatusGet(): AppStatusPayload {
    this.record('appStatusGet');
    if (!this.leader) throw new ModelError('ERROR finding application status: this unit is not the leader');
    return { ...this.appStatus, units: { [this.unitName]: this.unitStatus } };
  }
  statusSet(status: Exclude<StatusName, 'unknown' | 'error'>, message: string, isApp: boolean): void {
    this.record('statusSet', status, message, isApp);
    if (isApp && !this.leader) throw new ModelError('ERROR setting status: this unit is not the leader');
    if (isApp) this.appStatus = { status, message };
    else this.unitStatus = { status, message };
  }
  applicationVersionSet(version: string): void {
    this.record('applicationVersionSet', version);
    this.workloadVersion = version;
  }

  jujuLog(): void {
    this.record('jujuLog');
  }
  actionGet(): Record<string, JsonValue> {
    throw new ModelError('ERROR not running an action');
  }
  actionSet(): void {
    throw new ModelError('ERROR not running an action');
  }
  actionLog(): void {
    throw new ModelError('ERROR not running an action');
  }
  actionFail(): void {
    throw new ModelError('ERROR not running an action');
  }

  networkGet(binding: string, relationId?: number): NetworkInfo {
    this.record('networkGet', binding, relationId);
    if (relationId !== undefined && !this.relations.some((r) => r.id === relationId)) {
      throw new RelationNotFoundError('ERROR relation not found');
    }
    const key = relationId === undefined ? binding : `${binding}:${relationId}`;
    const info = this.networks[key] ?? this.networks[binding];
    if (!info) throw new ModelError(`ERROR no network config found for binding "${binding}"`);
    return info;
  }

  storageList(name: string): string[] {
    this.record('storageList', name);
    return [...(this.storages[name] ?? [])];
  }
  storageGet(storageId: string): StorageDetails {
    this.record('storageGet', storageId);
    const d = this.storageDetails[storageId];
    if (!d) throw new ModelError(`ERROR invalid value "${storageId}" for option -s: storage not found`);
    return d;
  }
  storageAdd(name: string, count: number): void {
    this.record('storageAdd', name, count);
    this.storageRequests.push([name, count]);
  }

  resourceGet(name: string): string {
    this.record('resourceGet', name);
    const path = this.resources[name];
    if (path === undefined) throw new ModelError(`ERROR could not download resource: resource "${name}" not found`);
    return path;
  }

  openPort(port: PortSpec): void {
    this.record('openPort', { ...port });
    if (!this.ports.some((p) => samePort(p, port))) this.ports.push({ ...port });
  }
  closePort(port: PortSpec): void {
    this.record('closePort', { ...port });
    this.ports = this.ports.filter((p) => !samePort(p, port));
  }
  openedPorts(): PortSpec[] {
    this.record('openedPorts');
    return this.ports.map((p) => ({ ...p }));
  }

  secretAdd(content: Readonly<Record<string, string>>, fields: SecretFields & { owner?: SecretOwner }): string {
    this.record('secretAdd', { ...content }, { ...fields });
    const id = `secret:s${this.nextSecret++}`;
    this.secrets.push({ id, content: { ...content }, label: fields.label, owner: fields.owner ?? 'application', revision: 1, description: fields.description });
    return id;
  }
  private findSecret(query: SecretQuery): FakeSecret {
    const s = query.id
      ? this.secrets.find((x) => x.id === query.id || query.id?.endsWith(`/${x.id.slice('secret:'.length)}`))
      : this.secrets.find((x) => x.label === query.label);
    if (!s) throw new SecretNotFoundError(`ERROR secret ${query.id ?? query.label ?? ''} not found`);
    return s;
  }
  secretGet(query: SecretQuery, options?: { refresh?: boolean; peek?: boolean }): Record<string, string> {
    this.record('secretGet', { ...query }, options && { ...options });
    const s = this.findSecret(query);
    if (query.id && query.label) s.label = query.label;
    if (options?.peek) return { ...(s.latest ?? s.content) };
    if (options?.refresh && s.latest) {
      s.content = s.latest;
      delete s.latest;
    }
    return { ...s.content };
  }
  secretInfoGet(query: SecretQuery): SecretInfoPayload {
    this.record('secretInfoGet', { ...query });
    const s = this.findSecret(query);
    return { id: s.id, label: s.label, revision: s.revision, description: s.description };
  }
  secretSet(id: string, update: SecretFields & { content?: Readonly<Record<string, string>> }): void {
    this.record('secretSet', id, { ...update });
    const s = this.findSecret({ id });
    if (update.content) {
      s.latest = { ...update.content };
      s.revision += 1;
    }
    if (update.label !== undefined) s.label = update.label;
    if (update.description !== undefined) s.description = update.description;
  }
  secretGrant(id: string, rel: RelationRef, unit?: string): void {
    this.record('secretGrant', id, rel, unit);
    this.findSecret({ id });
    this.rel(rel);
  }
  secretRevoke(id: string, rel: RelationRef, unit?: string): void {
    this.record('secretRevoke', id, rel, unit);
    this.findSecret({ id });
    this.rel(rel);
  }
  secretRemove(id: string, revision?: number): void {
    this.record('secretRemove', id, revision);
    const s = this.findSecret({ id });
    if (revision === undefined) this.secrets = this.secrets.filter((x) => x !== s);
  }
  secretIds(): string[] {
    this.record('secretIds');
    return this.secrets.map((s) => s.id);
  }

  credentialGet(): Record<string, JsonValue> {
    this.record('credentialGet');
    if (!this.cloud) throw new ModelError('ERROR cannot access cloud credentials: permission denied');
    return this.cloud;
  }
  reboot(now: boolean): void {
    this.record('reboot', now);
    this.reboots.push(now);
  }
  stateGet(): Record<string, string> {
    return {};
  }
  stateSet(): void {}
  stateDelete(): void {}
  getPebble(container: string): PebbleClient {
    throw new ModelError(`no Pebble for container ${container} in the model tests' fake backend`);
  }
  commit(): void {}
}

function samePort(a: PortSpec, b: PortSpec): boolean {
  return a.protocol === b.protocol && a.port === b.port && a.toPort === b.toPort;
}
