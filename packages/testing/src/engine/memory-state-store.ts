import { EMPTY_STATE, type PersistedState, type UnitStateStore } from '@jujuts/ops/internal';

/**
 * Stored state and the defer queue kept in memory, as a file store would
 * keep them on disk: `save` (only called after a successful hook) replaces
 * the whole state with a deep copy.
 */
export class MemoryStateStore implements UnitStateStore {
  private state: PersistedState;

  constructor(initial: PersistedState = EMPTY_STATE) {
    this.state = structuredClone(initial);
  }

  load(): PersistedState {
    return structuredClone(this.state);
  }

  save(state: PersistedState): void {
    this.state = structuredClone(state);
  }

  /** What the last successful hook saved. */
  get current(): PersistedState {
    return this.state;
  }
}
