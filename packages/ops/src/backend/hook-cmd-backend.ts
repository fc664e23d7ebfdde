import * as cmd from '../hookcmds';
import type { HookCommandRunner } from '../hookcmds';
import type * as PebbleModule from '../pebble';
import type { PebbleClient } from '../pebble/pebble-client';
import type {
  AppStatusPayload, ConfigValue, GoalState, JsonValue, JujuLogLevel, NetworkInfo, PortSpec, RelationRef, SecretFields,
  SecretInfoPayload, SecretOwner, SecretQuery, StatusName, StatusPayload, StorageDetails,
} from './backend-types';
import { recordingRunner, type CommandLogEntry } from './command-log';
import { guardHookCommand } from './guard-hook-command';
import { HookCmdRelations, relationName } from './hook-cmd-relations';
import type { ModelBackend } from './model-backend';
import { PEBBLE_SOCKET_DIR_ENV, pebbleSocketPathFromEnv } from './pebble-socket-path';

export { PEBBLE_SOCKET_DIR_ENV };

/** Options for {@link HookCmdBackend}; every one has a default suitable for a real hook. */
export interface HookCmdBackendOptions {
  /** Runs one hook command; defaults to spawning it from PATH. */
  readonly runner?: HookCommandRunner | undefined;
  /** A monotonic clock in milliseconds, for the leadership lease; defaults to `performance.now`. */
  readonly now?: (() => number) | undefined;
  /**
   * Where container NAME's Pebble socket is; defaults to
   * `/charm/containers/NAME/pebble.socket`, or `$JUJUTS_PEBBLE_SOCKET_DIR/NAME/pebble.socket`
   * when that variable is set (see {@link PEBBLE_SOCKET_DIR_ENV}).
   */
  readonly pebbleSocketPath?: ((container: string) => string) | undefined;
  /** This unit's name, to know which bag our writes go to; defaults to `JUJU_UNIT_NAME`. */
  readonly unitName?: string | undefined;
}

// ops trusts an is-leader answer for 30 s: Juju guarantees the lease at least that long.
const LEADERSHIP_LEASE_MS = 30_000;

/**
 * The {@link ModelBackend} of a real hook: runs Juju's hook commands, maps
 * their failures to model errors, caches reads for the hook's lifetime and
 * batches relation writes until {@link HookCmdBackend.commit}. Create one per
 * hook; nothing runs until the charm asks for it.
 */
export class HookCmdBackend implements ModelBackend {
  /** Every hook command this backend ran, in order, with secret arguments redacted. */
  readonly commandLog: CommandLogEntry[] = [];

  private readonly run: HookCommandRunner;
  private readonly now: () => number;
  private readonly socketPath: (container: string) => string;
  private readonly relations: HookCmdRelations;
  private config: Record<string, ConfigValue> | undefined;
  private leader: { value: boolean; at: number } | undefined;
  private readonly pebbles = new Map<string, PebbleClient>();

  constructor(options: HookCmdBackendOptions = {}) {
    this.run = recordingRunner(options.runner ?? cmd.runHookCommand, this.commandLog);
    this.now = options.now ?? (() => performance.now());
    this.socketPath = options.pebbleSocketPath ?? pebbleSocketPathFromEnv();
    this.relations = new HookCmdRelations(this.run, options.unitName ?? process.env['JUJU_UNIT_NAME'] ?? '');
  }

  relationIds(endpoint: string): number[] {
    return this.relations.relationIds(endpoint);
  }

  relationList(rel: RelationRef): string[] {
    return this.relations.relationList(rel);
  }

  relationRemoteApp(rel: RelationRef): string | null {
    return this.relations.relationRemoteApp(rel);
  }

  relationGet(rel: RelationRef, member: string, isApp: boolean): Record<string, string> {
    return this.relations.relationGet(rel, member, isApp);
  }

  relationSet(rel: RelationRef, changes: Readonly<Record<string, string>>, isApp: boolean): void {
    this.relations.relationSet(rel, changes, isApp);
  }

  relationModelUuid(rel: RelationRef): string {
    return this.relations.relationModelUuid(rel);
  }

  configGet(): Record<string, ConfigValue> {
    this.config ??= this.guard('the charm config', () => cmd.configGet(this.run));
    return { ...this.config };
  }

  isLeader(): boolean {
    const now = this.now();
    if (this.leader === undefined || now - this.leader.at > LEADERSHIP_LEASE_MS) {
      this.leader = { value: this.guard('leadership', () => cmd.isLeader(this.run)), at: now };
    }
    return this.leader.value;
  }

  goalState(): GoalState {
    return this.guard('the goal state', () => cmd.goalState(this.run));
  }

  unitStatusGet(): StatusPayload {
    return this.guard('the unit status', () => cmd.unitStatusGet(this.run));
  }

  appStatusGet(): AppStatusPayload {
    return this.guard('the application status (leader only)', () => cmd.appStatusGet(this.run));
  }

  statusSet(status: Exclude<StatusName, 'unknown' | 'error'>, message: string, isApp: boolean): void {
    this.guard(isApp ? 'setting the application status (leader only)' : 'setting the unit status', () =>
      cmd.statusSet(this.run, status, message, isApp),
    );
  }

  applicationVersionSet(version: string): void {
    this.guard('the workload version', () => cmd.applicationVersionSet(this.run, version));
  }

  jujuLog(level: JujuLogLevel, message: string): void {
    this.guard('a log line', () => cmd.jujuLog(this.run, level, message));
  }

  actionGet(): Record<string, JsonValue> {
    return this.guard('the action parameters', () => cmd.actionGet(this.run));
  }

  actionSet(results: Readonly<Record<string, string>>): void {
    this.guard('the action results', () => cmd.actionSet(this.run, results));
  }

  actionLog(message: string): void {
    this.guard('an action log line', () => cmd.actionLog(this.run, message));
  }

  actionFail(message: string): void {
    this.guard('failing the action', () => cmd.actionFail(this.run, message));
  }

  networkGet(binding: string, relationId?: number): NetworkInfo {
    const subject = `binding ${binding}${relationId === undefined ? '' : ` of relation ${relationId}`}`;
    return this.guard(subject, () => cmd.networkGet(this.run, binding, relationId));
  }

  storageList(name: string): string[] {
    return this.guard(`storage ${name}`, () => cmd.storageList(this.run, name));
  }

  storageGet(storageId: string): StorageDetails {
    return this.guard(`storage ${storageId}`, () => cmd.storageGet(this.run, storageId));
  }

  storageAdd(name: string, count: number): void {
    this.guard(`storage ${name}`, () => cmd.storageAdd(this.run, name, count));
  }

  resourceGet(name: string): string {
    return this.guard(`resource ${name}`, () => cmd.resourceGet(this.run, name));
  }

  openPort(port: PortSpec): void {
    this.guard('opening a port', () => cmd.openPort(this.run, port));
  }

  closePort(port: PortSpec): void {
    this.guard('closing a port', () => cmd.closePort(this.run, port));
  }

  openedPorts(): PortSpec[] {
    return this.guard('the opened ports', () => cmd.openedPorts(this.run));
  }

  secretAdd(content: Readonly<Record<string, string>>, fields: SecretFields & { owner?: SecretOwner }): string {
    return this.guard('a new secret', () => cmd.secretAdd(this.run, content, fields));
  }

  secretGet(query: SecretQuery, options?: { refresh?: boolean; peek?: boolean }): Record<string, string> {
    return this.guard(secretName(query), () => cmd.secretGet(this.run, query, options));
  }

  secretInfoGet(query: SecretQuery): SecretInfoPayload {
    return this.guard(secretName(query), () => cmd.secretInfoGet(this.run, query));
  }

  secretSet(id: string, update: SecretFields & { content?: Readonly<Record<string, string>> }): void {
    this.guard(secretName({ id }), () => cmd.secretSet(this.run, id, update));
  }

  secretGrant(id: string, rel: RelationRef, unit?: string): void {
    this.guard(`${secretName({ id })} on ${relationName(rel)}`, () => cmd.secretGrant(this.run, id, rel, unit));
  }

  secretRevoke(id: string, rel: RelationRef, unit?: string): void {
    this.guard(`${secretName({ id })} on ${relationName(rel)}`, () => cmd.secretRevoke(this.run, id, rel, unit));
  }

  secretRemove(id: string, revision?: number): void {
    this.guard(secretName({ id }), () => cmd.secretRemove(this.run, id, revision));
  }

  secretIds(): string[] {
    return this.guard('the secrets this unit owns', () => cmd.secretIds(this.run));
  }

  credentialGet(): Record<string, JsonValue> {
    return this.guard('the cloud credential (trusted applications only)', () => cmd.credentialGet(this.run));
  }

  reboot(now: boolean): void {
    this.guard('a reboot', () => cmd.jujuReboot(this.run, now));
  }

  stateGet(): Record<string, string> {
    return this.guard('the unit state', () => cmd.stateGet(this.run));
  }

  stateSet(values: Readonly<Record<string, string>>): void {
    this.guard('the unit state', () => cmd.stateSet(this.run, values));
  }

  stateDelete(key: string): void {
    this.guard(`unit state key ${key}`, () => cmd.stateDelete(this.run, key));
  }

  getPebble(container: string): PebbleClient {
    const known = this.pebbles.get(container);
    if (known !== undefined) return known;
    // Loaded on first use: hooks that never touch a workload skip the Pebble client and ws.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Client } = require('../pebble') as typeof PebbleModule;
    const client: PebbleClient = new Client({ socketPath: this.socketPath(container) });
    this.pebbles.set(container, client);
    return client;
  }

  /** Sends one `relation-set --file -` per databag the charm changed. */
  commit(): void {
    this.relations.commit();
  }

  private guard<T>(subject: string, call: () => T): T {
    return guardHookCommand(this.run, subject, call);
  }
}

function secretName(query: SecretQuery): string {
  return `secret ${[query.id, query.label === undefined ? undefined : `(label ${query.label})`].filter(Boolean).join(' ')}`;
}
