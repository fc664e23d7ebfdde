import { EMPTY_STATE, type PersistedState, type UnitStateStore } from '@jujuts/ops/internal';

/**
 * Stored state and the defer queue kept in memory, as a file store would
 * keep them on disk: `save` (only called after a successful hook) replaces
 * the whole state.
 *
 * Why no deep copy per hook: two `structuredClone`s were ~10% of a Harness
 * hook. The dispatch hands `save` a fresh snapshot it never touches again
 * (stored values round-tripped through JSON), and copies what it will
 * mutate from `load` (each stored value on bind, the queue's array), so
 * the store owns what it is given and lends it out read-only. The top level
 * is copied and frozen, so a caller cannot rewrite what was saved.
 */
export class MemoryStateStore implements UnitStateStore {
  private state: PersistedState;

  constructor(initial: PersistedState = EMPTY_STATE) {
    this.state = frozen(structuredClone(initial));
  }

  /** What the last successful hook saved; read-only, shared with `current`. */
  load(): PersistedState {
    return this.state;
  }

  /** Keeps `state` (whose values the caller hands over and no longer changes) as the unit's state. */
  save(state: PersistedState): void {
    // Most hooks save what they loaded (the dispatch hands back unchanged
    // stored values as the very objects it loaded): keep the frozen state
    // as it is rather than freezing a copy (~0.3 µs, a hook's worth of work).
    if (!sameEntries(this.state, state)) this.state = frozen(state);
  }

  /** What the last successful hook saved. */
  get current(): PersistedState {
    return this.state;
  }
}

function frozen(state: PersistedState): PersistedState {
  return Object.freeze({ stored: Object.freeze({ ...state.stored }), deferred: Object.freeze([...state.deferred]) });
}

/** Whether `next` holds exactly the same values as `saved`, compared by identity. */
function sameEntries(saved: PersistedState, next: PersistedState): boolean {
  if (saved.deferred.length !== next.deferred.length || !saved.deferred.every((entry, i) => entry === next.deferred[i])) return false;
  const keys = Object.keys(next.stored);
  if (keys.length !== Object.keys(saved.stored).length) return false;
  for (const key of keys) if (!Object.prototype.hasOwnProperty.call(saved.stored, key) || saved.stored[key] !== next.stored[key]) return false;
  return true;
}
