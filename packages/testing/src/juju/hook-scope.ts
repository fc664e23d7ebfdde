import type { JujuOutputs, PendingChanges } from './juju-outputs';
import type { JujuState } from './juju-state';

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
  /** The pending changes, created on the first transactional write. */
  pending(): PendingChanges;
  /** Apply a change that takes effect at once, even if the hook fails. */
  applyNow(change: (state: JujuState) => void): void;
}
