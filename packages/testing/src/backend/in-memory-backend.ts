import {
  assertActionResults,
  assertJujuLogLevel,
  assertSettableStatus,
  assertStateValues,
  type AppStatusPayload,
  type ConfigValue,
  type GoalState,
  type JsonValue,
  type JujuLogLevel,
  type ModelBackend,
  type NetworkInfo,
  type PortSpec,
  type RelationRef,
  type SecretFields,
  type SecretInfoPayload,
  type SecretOwner,
  type SecretQuery,
  type StatusName,
  type StatusPayload,
  type StorageDetails,
} from '@jujuts/ops/internal';
import type { FakeJuju } from '../juju/fake-juju';
import { GoneRelationWrites } from './gone-relation-writes';
import { runFakeCommand } from './guard-fake-command';
import * as ports from './port-calls';
import * as relations from './relation-calls';
import * as secrets from './secret-calls';
import * as storage from './storage-calls';

/** The Pebble client type {@link ModelBackend.getPebble} returns. */
export type PebbleClientLike = ReturnType<ModelBackend['getPebble']>;

/** Options for {@link InMemoryBackend}. */
export interface InMemoryBackendOptions {
  /** The Pebble client for a workload container (an in-memory Pebble in tests). */
  readonly pebble?: ((container: string) => PebbleClientLike) | undefined;
}

/**
 * A {@link ModelBackend} over a {@link FakeJuju}: the charm's calls become
 * the fake's hook commands, recorded, with the same errors the hook-command
 * backend raises. Bad input is refused first by ops's own checks, as in
 * production, so nothing is recorded. No cache of its own: the fake shows a
 * hook its own pending writes. Commit and discard belong to
 * {@link FakeJuju.endHook}, driven by whoever runs the hook.
 */
export class InMemoryBackend implements ModelBackend {
  private readonly relationWrites = new GoneRelationWrites(this.juju);

  constructor(
    /** The fake Juju this backend talks to. */
    readonly juju: FakeJuju,
    private readonly options: InMemoryBackendOptions = {},
  ) {}

  relationIds(endpoint: string): number[] {
    return relations.relationIds(this.juju, endpoint);
  }

  relationList(r: RelationRef): string[] {
    return relations.relationList(this.juju, r);
  }

  relationRemoteApp(r: RelationRef): string | null {
    return relations.relationRemoteApp(this.juju, r);
  }

  relationGet(r: RelationRef, member: string, isApp: boolean): Record<string, string> {
    return relations.relationGet(this.juju, r, member, isApp);
  }

  relationSet(r: RelationRef, changes: Readonly<Record<string, string>>, isApp: boolean): void {
    this.relationWrites.write(r, changes, isApp);
  }

  relationModelUuid(r: RelationRef): string {
    return relations.relationModelUuid(this.juju, r);
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
    const subject = 'the application status (leader only)';
    return this.run('status-get', ['--include-data', '--application'], subject, () => this.juju.status.app());
  }

  statusSet(status: Exclude<StatusName, 'unknown' | 'error'>, message: string, isApp: boolean): void {
    const args = [...(isApp ? ['--application'] : []), status, '--', message];
    assertSettableStatus(status);
    const subject = isApp ? 'setting the application status (leader only)' : 'setting the unit status';
    this.run('status-set', args, subject, () => this.juju.status.set(status, message, isApp));
  }

  applicationVersionSet(version: string): void {
    this.run('application-version-set', ['--', version], 'the workload version', () =>
      this.juju.setWorkloadVersion(version),
    );
  }

  jujuLog(level: JujuLogLevel, message: string): void {
    assertJujuLogLevel(level);
    // Not recorded as a command: log lines are kept already, and a command per line would drown the list.
    this.juju.log(level, message);
  }

  actionGet(): Record<string, JsonValue> {
    return this.run('action-get', [], 'the action parameters', () => this.juju.actions.params());
  }

  actionSet(results: Readonly<Record<string, string>>): void {
    assertActionResults(results);
    const args = Object.keys(results).map((k) => `${k}=…`);
    // As in production: no results, no command.
    if (args.length === 0) return;
    this.run('action-set', args, 'the action results', () => this.juju.actions.set(results));
  }

  actionLog(message: string): void {
    this.run('action-log', ['--', message], 'an action log line', () => this.juju.actions.log(message));
  }

  actionFail(message: string): void {
    this.run('action-fail', ['--', message], 'failing the action', () => this.juju.actions.fail(message));
  }

  networkGet(binding: string, relationId?: number): NetworkInfo {
    const args = [binding, ...(relationId === undefined ? [] : ['-r', String(relationId)])];
    const subject = `binding ${binding}${relationId === undefined ? '' : ` of relation ${relationId}`}`;
    return this.run('network-get', args, subject, () => this.juju.network(binding, relationId));
  }

  storageList(name: string): string[] {
    return storage.storageList(this.juju, name);
  }

  storageGet(storageId: string): StorageDetails {
    return storage.storageGet(this.juju, storageId);
  }

  storageAdd(name: string, count: number): void {
    storage.storageAdd(this.juju, name, count);
  }

  resourceGet(name: string): string {
    return this.run('resource-get', [name], `resource ${name}`, () => this.juju.resource(name));
  }

  openPort(port: PortSpec): void {
    ports.openPort(this.juju, port);
  }

  closePort(port: PortSpec): void {
    ports.closePort(this.juju, port);
  }

  openedPorts(): PortSpec[] {
    return ports.openedPorts(this.juju);
  }

  secretAdd(
    content: Readonly<Record<string, string>>,
    fields: SecretFields & { owner?: SecretOwner },
  ): string {
    return secrets.secretAdd(this.juju, content, fields);
  }

  secretGet(query: SecretQuery, options?: { refresh?: boolean; peek?: boolean }): Record<string, string> {
    return secrets.secretGet(this.juju, query, options);
  }

  secretInfoGet(query: SecretQuery): SecretInfoPayload {
    return secrets.secretInfoGet(this.juju, query);
  }

  secretSet(id: string, update: SecretFields & { content?: Readonly<Record<string, string>> }): void {
    secrets.secretSet(this.juju, id, update);
  }

  secretGrant(id: string, r: RelationRef, unit?: string): void {
    secrets.secretAccess(this.juju, 'secret-grant', id, r, unit);
  }

  secretRevoke(id: string, r: RelationRef, unit?: string): void {
    secrets.secretAccess(this.juju, 'secret-revoke', id, r, unit);
  }

  secretRemove(id: string, revision?: number): void {
    secrets.secretRemove(this.juju, id, revision);
  }

  secretIds(): string[] {
    return this.run('secret-ids', [], 'the secrets this unit owns', () => this.juju.secrets.ids());
  }

  credentialGet(): Record<string, JsonValue> {
    const subject = 'the cloud credential (trusted applications only)';
    return this.run('credential-get', [], subject, () => this.juju.credential());
  }

  reboot(now: boolean): void {
    this.run('juju-reboot', now ? ['--now'] : [], 'a reboot', () => this.juju.reboot(now));
  }

  stateGet(): Record<string, string> {
    return this.run('state-get', [], 'the unit state', () => this.juju.store.getAll());
  }

  stateSet(values: Readonly<Record<string, string>>): void {
    assertStateValues(values);
    this.run('state-set', ['--file', '-'], 'the unit state', () => this.juju.store.set(values));
  }

  stateDelete(key: string): void {
    this.run('state-delete', [key], `unit state key ${key}`, () => this.juju.store.delete(key));
  }

  getPebble(container: string): PebbleClientLike {
    if (!this.options.pebble) {
      throw new Error(
        `getPebble("${container}"): this InMemoryBackend has no Pebble; ` +
          'pass new InMemoryBackend(juju, { pebble: (name) => client })',
      );
    }
    return this.options.pebble(container);
  }

  /** Sends writes held for relations the fake does not know; the rest already wait for `juju.endHook(true)`. */
  commit(): void {
    this.relationWrites.flush();
  }

  private run<T>(command: string, args: string[], subject: string, act: () => T): T {
    return runFakeCommand(this.juju, { command, args, subject }, act);
  }
}
