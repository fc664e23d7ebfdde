import type { EventSnapshot, JsonValue } from '@jujuts/ops/internal';
import type { JujuOutputs, LogRecord, RemovedSecretRevision, StatusState, StorageRequest } from '../juju';
import type { ContainerExecRecord } from './run-pebbles';

/** An event the framework emitted to the charm's handlers (hook events, re-emitted deferred ones, collect-status, custom). */
export interface EmittedEvent {
  /** As logs spell it: `config-changed`, `db-relation-joined`, `collect-unit-status`. */
  readonly name: string;
  /** The event kind (`configChanged`, `custom`, …). */
  readonly kind: string;
  /** True when this is a deferred event run again at the start of the dispatch. */
  readonly reemitted: boolean;
  readonly snapshot: EventSnapshot;
}

/** What runs left behind besides the State: histories, logs, action output. */
export interface ContextOutputs {
  /** Every unit status the charm set, in order. */
  unitStatusHistory: StatusState[];
  /** Every application status the charm set, in order. */
  appStatusHistory: StatusState[];
  /** Every juju-log line, in order. */
  jujuLog: LogRecord[];
  emittedEvents: EmittedEvent[];
  actionResults: Record<string, JsonValue>;
  actionLogs: string[];
  /** The `event.fail()` message of a failed action. */
  actionFailure?: string | undefined;
  /** Every exec the charm ran in a container, in order. */
  execHistory: ContainerExecRecord[];
  workloadVersionHistory: string[];
  removedSecretRevisions: RemovedSecretRevision[];
  requestedStorage: StorageRequest[];
  /** What the consistency checker noticed without failing the run. */
  warnings: string[];
}

/** Outputs of no run at all. */
export function emptyContextOutputs(): ContextOutputs {
  return {
    unitStatusHistory: [],
    appStatusHistory: [],
    jujuLog: [],
    emittedEvents: [],
    actionResults: {},
    actionLogs: [],
    execHistory: [],
    workloadVersionHistory: [],
    removedSecretRevisions: [],
    requestedStorage: [],
    warnings: [],
  };
}

/** Adds one run's fake-Juju outputs to the Context's. */
export function appendJujuOutputs(into: ContextOutputs, from: JujuOutputs): void {
  into.unitStatusHistory.push(...from.unitStatusHistory);
  into.appStatusHistory.push(...from.appStatusHistory);
  into.jujuLog.push(...from.logs);
  Object.assign(into.actionResults, from.actionResults);
  into.actionLogs.push(...from.actionLogs);
  if (from.actionFailure !== undefined) into.actionFailure = from.actionFailure;
  into.workloadVersionHistory.push(...from.workloadVersionHistory);
  into.removedSecretRevisions.push(...from.removedSecretRevisions);
  into.requestedStorage.push(...from.requestedStorage);
}
