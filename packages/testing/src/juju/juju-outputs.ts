import type { JsonValue, JujuLogLevel } from '@jujuts/ops/internal';
import type { JujuState, StatusState } from './juju-state';

/** One `juju-log` line. Unknown levels are kept as given (Juju logs them at INFO). */
export interface LogRecord {
  level: JujuLogLevel | string;
  message: string;
}

/** One hook command the unit ran, with its arguments (secret content never appears). */
export interface CommandRecord {
  command: string;
  args: string[];
}

/** A secret revision the charm removed (`secret-remove`), once committed. */
export interface RemovedSecretRevision {
  id: string;
  revision: number;
}

/** A `storage-add NAME=COUNT` request. */
export interface StorageRequest {
  name: string;
  count: number;
}

/**
 * What the unit did that is not part of Juju's model state: histories,
 * logs, action results. Everything here survives a failed hook except
 * `removedSecretRevisions` and `requestedStorage`, which are recorded only
 * when the hook that asked for them succeeds.
 */
export interface JujuOutputs {
  /** Every `status-set` of the unit, in order. */
  unitStatusHistory: StatusState[];
  /** Every `status-set --application`, in order. */
  appStatusHistory: StatusState[];
  logs: LogRecord[];
  /** `action-set` results, nested on dotted keys. */
  actionResults: Record<string, JsonValue>;
  actionLogs: string[];
  /** The `action-fail` message, when the action failed. */
  actionFailure?: string | undefined;
  /** Every `application-version-set`, in order. */
  workloadVersionHistory: string[];
  removedSecretRevisions: RemovedSecretRevision[];
  requestedStorage: StorageRequest[];
  commands: CommandRecord[];
  /** `juju-reboot` was asked for: right away or after the hook. */
  reboot?: 'now' | 'after-hook' | undefined;
}

/** A hook's uncommitted changes: the state as it will be if the hook succeeds. */
export interface PendingChanges {
  state: JujuState;
  removedSecretRevisions: RemovedSecretRevision[];
  requestedStorage: StorageRequest[];
}

/** Empty outputs, for a unit that has done nothing yet. */
export function emptyOutputs(): JujuOutputs {
  return {
    unitStatusHistory: [],
    appStatusHistory: [],
    logs: [],
    actionResults: {},
    actionLogs: [],
    workloadVersionHistory: [],
    removedSecretRevisions: [],
    requestedStorage: [],
    commands: [],
  };
}
