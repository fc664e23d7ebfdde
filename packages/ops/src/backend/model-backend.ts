import type {
  AppStatusPayload,
  ConfigValue,
  GoalState,
  JsonValue,
  JujuLogLevel,
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
} from './backend-types';
import type { PebbleClient } from '../pebble/pebble-client';

/**
 * Everything the model and framework may ask of Juju, one method per hook
 * command (or per use of one). Two implementations plug in: the hook-command
 * backend that runs Juju's commands in a real hook, and the in-memory backend
 * of `@jujuts/testing`. Both raise the same errors: {@link RelationNotFoundError},
 * {@link SecretNotFoundError}, {@link RelationDataAccessError} and
 * {@link ModelError} for anything else.
 *
 * Every method but `getPebble` is synchronous, as hook commands are.
 */
export interface ModelBackend {
  /** `relation-ids ENDPOINT`: the ids of the endpoint's relations. */
  relationIds(endpoint: string): number[];
  /** `relation-list -r`: the remote units' names. */
  relationList(rel: RelationRef): string[];
  /** `relation-list -r --app`: the remote application's name, or null if Juju does not know it yet. */
  relationRemoteApp(rel: RelationRef): string | null;
  /** `relation-get -r - MEMBER` (unit) or `--app - APP`: a whole databag. */
  relationGet(rel: RelationRef, member: string, isApp: boolean): Record<string, string>;
  /** `relation-set -r [--app] --file -`: changed keys; an empty string deletes a key. */
  relationSet(rel: RelationRef, changes: Readonly<Record<string, string>>, isApp: boolean): void;
  /** `relation-model-get -r`: the uuid of the model the remote side lives in. */
  relationModelUuid(rel: RelationRef): string;

  /** `config-get`: all options that have a value. */
  configGet(): Record<string, ConfigValue>;
  /** `is-leader`. */
  isLeader(): boolean;
  /** `goal-state`. */
  goalState(): GoalState;

  /** `status-get` for this unit. */
  unitStatusGet(): StatusPayload;
  /** `status-get --application` (leader only). */
  appStatusGet(): AppStatusPayload;
  /** `status-set [--application] STATUS -- MESSAGE`. */
  statusSet(status: Exclude<StatusName, 'unknown' | 'error'>, message: string, isApp: boolean): void;
  /** `application-version-set -- VERSION`. */
  applicationVersionSet(version: string): void;

  /** `juju-log --log-level LEVEL -- MESSAGE`. */
  jujuLog(level: JujuLogLevel, message: string): void;

  /** `action-get`: the action's parameters (nested objects for dotted params). */
  actionGet(): Record<string, JsonValue>;
  /** `action-set k=v …` with keys already flattened to dotted form. */
  actionSet(results: Readonly<Record<string, string>>): void;
  /** `action-log -- MESSAGE`. */
  actionLog(message: string): void;
  /** `action-fail -- MESSAGE`. */
  actionFail(message: string): void;

  /** `network-get BINDING [-r N]`. */
  networkGet(binding: string, relationId?: number): NetworkInfo;

  /** `storage-list NAME`: storage ids such as `data/0`. */
  storageList(name: string): string[];
  /** `storage-get -s ID`. */
  storageGet(storageId: string): StorageDetails;
  /** `storage-add NAME=COUNT` (takes effect after the hook). */
  storageAdd(name: string, count: number): void;

  /** `resource-get NAME`: the path of the fetched resource file. */
  resourceGet(name: string): string;

  /** `open-port`. */
  openPort(port: PortSpec): void;
  /** `close-port`. */
  closePort(port: PortSpec): void;
  /** `opened-ports`. */
  openedPorts(): PortSpec[];

  /** `secret-add`: returns the new secret's id. Content never goes on argv. */
  secretAdd(content: Readonly<Record<string, string>>, fields: SecretFields & { owner?: SecretOwner }): string;
  /** `secret-get`: the content; `refresh` moves to the latest revision, `peek` reads it without moving. */
  secretGet(query: SecretQuery, options?: { refresh?: boolean; peek?: boolean }): Record<string, string>;
  /** `secret-info-get` (owner only). */
  secretInfoGet(query: SecretQuery): SecretInfoPayload;
  /** `secret-set`: new content (a new revision) and/or new metadata. */
  secretSet(id: string, update: SecretFields & { content?: Readonly<Record<string, string>> }): void;
  /** `secret-grant ID -r REL [--unit UNIT]`. */
  secretGrant(id: string, rel: RelationRef, unit?: string): void;
  /** `secret-revoke ID -r REL [--unit UNIT]`. */
  secretRevoke(id: string, rel: RelationRef, unit?: string): void;
  /** `secret-remove ID [--revision N]`. */
  secretRemove(id: string, revision?: number): void;
  /** `secret-ids`: the ids of the secrets this unit owns. */
  secretIds(): string[];

  /** `credential-get`: the cloud spec (trusted applications only). */
  credentialGet(): Record<string, JsonValue>;
  /** `juju-reboot [--now]`. */
  reboot(now: boolean): void;

  /** `state-get`: Juju's per-unit key/value store. */
  stateGet(): Record<string, string>;
  /** `state-set --file -`. */
  stateSet(values: Readonly<Record<string, string>>): void;
  /** `state-delete KEY`. */
  stateDelete(key: string): void;

  /** A Pebble client for the named workload container. */
  getPebble(container: string): PebbleClient;

  /**
   * Called once when the hook has succeeded, before the process exits: a
   * backend that batches writes (relation data) flushes them here. Never
   * called for a failed hook, exactly as Juju drops a failed hook's changes.
   */
  commit(): void;
}
