import type { DeferredEntry, JsonValue } from '@jujuts/ops/internal';
import type { CheckStatus, Layer, ServiceStatus } from '@jujuts/ops/pebble';
import type { ExecHandler } from '../pebble';
import type { JujuState } from '../juju';
import { createState } from './create-state';
import { updateState } from './update-state';
import { container } from './container-builder';
import { network, peerRelation, relation, secret, storage, subordinateRelation } from './state-builders';

/** `T` with every property readonly, all the way down: what a frozen State looks like to the type checker. */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer U)[]
    ? readonly DeepReadonly<U>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

/** A command a container answers: the result Pebble's exec returns for commands starting with `command`. */
export interface ExecSpec {
  /** The command prefix this answer is for (`['ls']` answers `ls -l /`). */
  command: string[];
  exitCode?: number | undefined;
  stdout?: string | undefined;
  stderr?: string | undefined;
  /** Computes the answer from the request instead (it sees argv, environment and stdin). */
  handler?: ExecHandler | undefined;
}

/** A Pebble notice in a container. */
export interface NoticeState {
  /** `custom` unless given; Pebble also records `check-failed` and `check-recovered`. */
  type: string;
  /** For custom notices, `domain.com/path`. */
  key: string;
  data: Record<string, string>;
}

/** A health check's status in a container (the check itself is defined in a layer). */
export interface CheckState {
  name: string;
  status: CheckStatus;
}

/** One workload container of the unit, with what its Pebble holds. */
export interface ContainerState {
  name: string;
  /** Whether Pebble answers; false makes every Pebble call fail with ConnectionError. */
  canConnect: boolean;
  /** Layers by label, in the order they were added. */
  layers: Record<string, Layer>;
  /** Service name → status; services of the plan not listed are inactive. */
  serviceStatuses: Record<string, ServiceStatus>;
  /** Absolute path → text content of every file in the container. */
  filesystem: Record<string, string>;
  execs: ExecSpec[];
  notices: NoticeState[];
  checks: CheckState[];
}

/**
 * Everything about the unit a Context run starts from and returns: Juju's
 * view of the unit (without its name, which the Context owns), its
 * containers, and what the charm persisted (stored state and deferred
 * events). Always deep-frozen; build one with `createState`.
 */
export type State = DeepReadonly<StateData>;

/** The mutable shape behind {@link State}. */
export interface StateData extends Omit<JujuState, 'unitName' | 'actionParams'> {
  containers: ContainerState[];
  /** `@stored()` values by `OwnerPath.property`, for example `WebCharm.state`. */
  storedState: Record<string, JsonValue>;
  /** Deferred (event, handler) pairs, oldest first, as the framework persists them. */
  deferred: DeferredEntry[];
}

/**
 * `State.create(...)` and `State.update(...)` ({@link createState},
 * {@link updateState}), and the part builders under names that do not clash
 * with `@jujuts/ops`'s decorators of the same name (`State.relation(...)`
 * next to `relation('db')` in one test file).
 */
export const State = Object.freeze({
  create: createState,
  update: updateState,
  relation,
  peerRelation,
  subordinateRelation,
  secret,
  storage,
  network,
  container,
});
