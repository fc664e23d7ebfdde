import type { JujuState, RelationState } from './juju-state';

/** A new top-level state object whose parts are the committed ones (copied on write by `writable`). */
export function shareParts(state: JujuState): JujuState {
  // Key by key, in the same order: a spread here took a slow V8 path.
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(state)) copy[key] = state[key as keyof JujuState];
  return copy as unknown as JujuState;
}

/**
 * A relation copied for a hook's writes. Remote bags are shared, not
 * copied: hook commands never write them (only Juju does, through
 * applyNow, whose edits set or delete keys and so may safely reach a
 * shared bag twice), and copying them would make every writing hook cost
 * as much as the relations have remote units (quadratic over a test that
 * adds units one by one). The relation's network is shared too: nothing
 * writes into it, Juju only replaces it whole.
 */
export function copyRelationForHook(relation: RelationState): RelationState {
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(relation)) {
    const value = relation[key as keyof RelationState];
    copy[key] = key === 'remoteUnits' || key === 'remoteAppData' || key === 'network' ? value : copyJson(value);
  }
  return copy as unknown as RelationState;
}

// The state is plain JSON; for its small objects this is several times faster than structuredClone.
export function copyJson<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyJson) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = copyJson((value as Record<string, unknown>)[key]);
  return out as T;
}

