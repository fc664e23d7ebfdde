import type {
  AppStatusPayload,
  ConfigValue,
  GoalState,
  JsonValue,
  JujuLogLevel,
  ModelBackend,
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
} from '@jujuts/ops/internal';
import type { FakeJuju } from '../juju/fake-juju';
import { formatPort } from '../juju/port-spec';
import { runFakeCommand } from './guard-fake-command';

/** The Pebble client type {@link ModelBackend.getPebble} returns. */
export type PebbleClientLike = ReturnType<ModelBackend['getPebble']>;

/** Options for {@link InMemoryBackend}. */
export interface InMemoryBackendOptions {
  /** The Pebble client for a workload container (an in-memory Pebble in tests). */
  readonly pebble?: ((container: string) => PebbleClientLike) | undefined;
}

const rel = (r: RelationRef): string => `${r.endpoint}:${r.id}`;
const secretSubject = (q: SecretQuery): string =>
  `secret ${[q.id, q.label === undefined ? undefined : `(label ${q.label})`].filter(Boolean).join(' ')}`;
const secretArgs = (q: SecretQuery): string[] => [
  ...(q.id ? [q.id] : []),
  ...(q.label !== undefined ? ['--label', q.label] : []),
];

/**
 * A {@link ModelBackend} over a {@link FakeJuju}: the charm's calls become
 * the fake's hook commands, recorded, with the same errors the hook-command
 * backend raises. It keeps no cache of its own: the fake already shows a
 * hook its own pending writes. Commit and discard belong to
 * {@link FakeJuju.endHook}, driven by whoever runs the hook.
 */
export class InMemoryBackend implements ModelBackend {
  constructor(
    /** The fake Juju this backend talks to. */
    readonly juju: FakeJuju,
    private readonly options: InMemoryBackendOptions = {},
  ) {}

  relationIds(endpoint: string): number[] {
    return this.run('relation-ids', [endpoint], `endpoint ${endpoint}`, () =>
      this.juju.relations.ids(endpoint),
    );
  }

  relationList(r: RelationRef): string[] {
    return this.run('relation-list', ['-r', rel(r)], `relation ${rel(r)}`, () => this.juju.relations.list(r));
  }

  relationRemoteApp(r: RelationRef): string | null {
    return this.run(
      'relation-list',
      ['-r', rel(r), '--app'],
      `relation ${rel(r)}`,
      () => this.juju.relations.remoteApp(r) || null,
    );
  }

  relationGet(r: RelationRef, member: string, isApp: boolean): Record<string, string> {
    const args = ['-r', rel(r), ...(isApp ? ['--app'] : []), '-', member];
    const subject = `the ${isApp ? 'app' : 'unit'} databag of ${member} in relation ${rel(r)}`;
    return this.run('relation-get', args, subject, () => this.juju.relations.get(r, member, isApp));
  }

  relationSet(r: RelationRef, changes: Readonly<Record<string, string>>, isApp: boolean): void {
    const subject = `the ${isApp ? 'app' : 'unit'} databag of relation ${rel(r)}`;
    this.run('relation-set', ['-r', rel(r), ...(isApp ? ['--app'] : []), '--file', '-'], subject, () =>
      this.juju.relations.set(r, changes, isApp),
    );
  }

  relationModelUuid(r: RelationRef): string {
    return this.run('relation-model-get', ['-r', rel(r)], `relation ${rel(r)}`, () =>
      this.juju.relations.modelUuid(r),
    );
  }

  configGet(): Record<string, ConfigValue> {
    return this.run('config-get', [], 'the charm config', () => this.juju.config());
  }

  isLeader(): boolean {
    return this.run('is-leader', [], 'leadership', () => this.juju.isLeader());
  }

  goalState(): GoalState {
    return this.run('goal-state', [], 'the goal state', () => this.juju.goalState());
  }

  unitStatusGet(): StatusPayload {
    return this.run('status-get', ['--include-data'], 'the unit status', () => this.juju.status.unit());
  }

  appStatusGet(): AppStatusPayload {
    return this.run(
      'status-get',
      ['--include-data', '--application'],
      'the application status (leader only)',
      () => this.juju.status.app(),
    );
  }

  statusSet(status: Exclude<StatusName, 'unknown' | 'error'>, message: string, isApp: boolean): void {
    const args = [...(isApp ? ['--application'] : []), status, '--', message];
    this.run(
      'status-set',
      args,
      isApp ? 'setting the application status (leader only)' : 'setting the unit status',
      () => this.juju.status.set(status, message, isApp),
    );
  }

  applicationVersionSet(version: string): void {
    this.run('application-version-set', ['--', version], 'the workload version', () =>
      this.juju.setWorkloadVersion(version),
    );
  }

  jujuLog(level: JujuLogLevel, message: string): void {
    // Not recorded as a command: log lines are already kept, and a command per line would drown the list.
    this.juju.log(level, message);
  }

  actionGet(): Record<string, JsonValue> {
    return this.run('action-get', [], 'the action parameters', () => this.juju.actions.params());
  }

  actionSet(results: Readonly<Record<string, string>>): void {
    this.run(
      'action-set',
      Object.keys(results).map((k) => `${k}=…`),
      'the action results',
      () => this.juju.actions.set(results),
    );
  }

  actionLog(message: string): void {
    this.run('action-log', ['--', message], 'an action log line', () => this.juju.actions.log(message));
  }

  actionFail(message: string): void {
    this.run('action-fail', ['--', message], 'failing the action', () => this.juju.actions.fail(message));
  }

  networkGet(binding: string, relationId?: number): NetworkInfo {
    const args = [binding, ...(relationId === undefined ? [] : ['-r', String(relationId)])];
    const subject =
      relationId === undefined ? `binding ${binding}` : `binding ${binding} of relation ${relationId}`;
    return this.run('network-get', args, subject, () => this.juju.network(binding, relationId));
  }

  storageList(name: string): string[] {
    return this.run('storage-list', [name], `storage ${name}`, () => this.juju.storage.list(name));
  }

  storageGet(storageId: string): StorageDetails {
    return this.run('storage-get', ['-s', storageId], `storage ${storageId}`, () =>
      this.juju.storage.get(storageId),
    );
  }

  storageAdd(name: string, count: number): void {
    this.run('storage-add', [`${name}=${count}`], `storage ${name}`, () =>
      this.juju.storage.add(name, count),
    );
  }

  resourceGet(name: string): string {
    return this.run('resource-get', [name], `resource ${name}`, () => this.juju.resource(name));
  }

  openPort(port: PortSpec): void {
    this.run('open-port', [formatPort(port)], 'opening a port', () => this.juju.ports.open(port));
  }

  closePort(port: PortSpec): void {
    this.run('close-port', [formatPort(port)], 'closing a port', () => this.juju.ports.close(port));
  }

  openedPorts(): PortSpec[] {
    return this.run('opened-ports', [], 'the opened ports', () => this.juju.ports.opened());
  }

  secretAdd(
    content: Readonly<Record<string, string>>,
    fields: SecretFields & { owner?: SecretOwner },
  ): string {
    const meta = { ...toSecretMetadata(fields), owner: fields.owner };
    return this.run(
      'secret-add',
      Object.keys(content).map((k) => `${k}#file=…`),
      'a new secret',
      () => this.juju.secrets.add(content, meta),
    );
  }

  secretGet(query: SecretQuery, options: { refresh?: boolean; peek?: boolean } = {}): Record<string, string> {
    const args = [
      ...secretArgs(query),
      ...(options.peek ? ['--peek'] : []),
      ...(options.refresh ? ['--refresh'] : []),
    ];
    return this.run('secret-get', args, secretSubject(query), () => this.juju.secrets.get(query, options));
  }

  secretInfoGet(query: SecretQuery): SecretInfoPayload {
    return this.run('secret-info-get', secretArgs(query), secretSubject(query), () => {
      const info = this.juju.secrets.info(query);
      return { ...info, expiry: info.expiry === undefined ? undefined : new Date(info.expiry) };
    });
  }

  secretSet(id: string, update: SecretFields & { content?: Readonly<Record<string, string>> }): void {
    const args = [id, ...Object.keys(update.content ?? {}).map((k) => `${k}#file=…`)];
    const change = { ...toSecretMetadata(update), content: update.content };
    this.run('secret-set', args, secretSubject({ id }), () => this.juju.secrets.set(id, change));
  }

  secretGrant(id: string, r: RelationRef, unit?: string): void {
    const args = [id, '-r', rel(r), ...(unit === undefined ? [] : ['--unit', unit])];
    this.run('secret-grant', args, `secret ${id} on relation ${rel(r)}`, () =>
      this.juju.secrets.grant(id, r, unit),
    );
  }

  secretRevoke(id: string, r: RelationRef, unit?: string): void {
    const args = [id, '-r', rel(r), ...(unit === undefined ? [] : ['--unit', unit])];
    this.run('secret-revoke', args, `secret ${id} on relation ${rel(r)}`, () =>
      this.juju.secrets.revoke(id, r, unit),
    );
  }

  secretRemove(id: string, revision?: number): void {
    const args = [id, ...(revision === undefined ? [] : ['--revision', String(revision)])];
    this.run('secret-remove', args, secretSubject({ id }), () => this.juju.secrets.remove(id, revision));
  }

  secretIds(): string[] {
    return this.run('secret-ids', [], 'the secrets this unit owns', () => this.juju.secrets.ids());
  }

  credentialGet(): Record<string, JsonValue> {
    return this.run('credential-get', [], 'the cloud credential (trusted applications only)', () =>
      this.juju.credential(),
    );
  }

  reboot(now: boolean): void {
    this.run('juju-reboot', now ? ['--now'] : [], 'a reboot', () => this.juju.reboot(now));
  }

  stateGet(): Record<string, string> {
    return this.run('state-get', [], 'the unit state', () => this.juju.store.getAll());
  }

  stateSet(values: Readonly<Record<string, string>>): void {
    this.run('state-set', ['--file', '-'], 'the unit state', () => this.juju.store.set(values));
  }

  stateDelete(key: string): void {
    this.run('state-delete', [key], `unit state key ${key}`, () => this.juju.store.delete(key));
  }

  getPebble(container: string): PebbleClientLike {
    if (!this.options.pebble) {
      throw new Error(
        `getPebble("${container}"): this InMemoryBackend has no Pebble; pass new InMemoryBackend(juju, { pebble: (name) => client })`,
      );
    }
    return this.options.pebble(container);
  }

  /** A flush marker only: writes already sit in the fake's pending changes until `juju.endHook(true)`. */
  commit(): void {}

  private run<T>(command: string, args: string[], subject: string, act: () => T): T {
    return runFakeCommand(this.juju, { command, args, subject }, act);
  }
}

function toSecretMetadata(fields: SecretFields) {
  return {
    label: fields.label,
    description: fields.description,
    expire: fields.expire?.toISOString(),
    rotate: fields.rotate,
  };
}
