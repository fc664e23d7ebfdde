import type { JujuOutputs, PendingChanges } from './juju-outputs';
import type { JujuState } from './juju-state';

/** The parts of the state a hook's commands write (transactionally): only these are copied for a hook. */
export type WritablePart = 'relations' | 'secrets' | 'openedPorts' | 'stateStore';

/** What Juju tells the unit about the running hook that changes command behaviour. */
export interface HookInfo {
  /** `JUJU_DEPARTING_UNIT`: still readable, but no longer listed by `relation-list`. */
  departingUnit?: string | undefined;
  /** The relation whose `relation-broken` hook runs: its remote units are gone, so none are listed. */
  brokenRelationId?: number | undefined;
}

/**
 * The view of a {@link FakeJuju} its rule sets work through: reads see the
 * hook's own pending writes; transactional writes go to the pending copy;
 * immediate writes go to both.
 */
export interface HookScope {
  readonly unitName: string;
  readonly appName: string;
  readonly hook: HookInfo;
  readonly outputs: JujuOutputs;
  /** The state as the running hook sees it (committed state plus its own pending writes). */
  view(): JujuState;
  /** The pending changes, created on the first transactional write; its `state` is read-only (write through `writable`). */
  pending(): PendingChanges;
  /** A part of the pending state to change: copied from the committed state on the hook's first write to it. */
  writable<K extends WritablePart>(key: K): JujuState[K];
  /** Replace one part of the state at once, even if the hook fails. */
  setNow<K extends keyof JujuState>(key: K, value: JujuState[K]): void;
  /** Apply a change that takes effect at once, even if the hook fails. */
  applyNow(change: (state: JujuState) => void): void;
}
