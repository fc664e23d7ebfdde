import type { EventSnapshot } from './event-snapshot';

/** One deferred (event, handler) pair. */
export interface DeferredEntry {
  readonly event: EventSnapshot;
  /** `OwnerPath.method` of the handler that deferred. */
  readonly handler: string;
}

/** What survives between dispatches. */
export interface PersistedState {
  /** Stored state per `OwnerPath.property`. */
  readonly stored: Readonly<Record<string, unknown>>;
  /** Deferred events in order. */
  readonly deferred: readonly DeferredEntry[];
}

/**
 * Where stored state and the defer queue live between hooks: a file in the
 * charm directory or Juju's own state store. `save` is called only after a
 * successful hook.
 */
export interface UnitStateStore {
  /** Reads what the last successful hook saved (empty on the first hook). */
  load(): PersistedState;
  /** Persists the new state atomically. */
  save(state: PersistedState): void;
}

/** The state of a unit that never ran a hook. */
export const EMPTY_STATE: PersistedState = Object.freeze({ stored: Object.freeze({}), deferred: Object.freeze([]) });
