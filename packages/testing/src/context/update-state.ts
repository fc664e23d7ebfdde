import { deepFreeze, thaw } from './deep-freeze';
import type { State, StateData } from './state-types';

/** What {@link updateState} accepts: any top-level part of a State, replaced whole. */
export type StateChanges = { readonly [K in keyof StateData]?: StateData[K] | State[K] };

/**
 * A new frozen State: `state` with the given top-level parts replaced (the
 * rest is shared, as it is frozen). The way to change what Juju would
 * change between two runs.
 *
 * @example
 * ```ts
 * const next = await ctx.run(ctx.on.configChanged(), updateState(previous, { config: { port: 9000 } }));
 * ```
 */
export function updateState(state: State, changes: StateChanges): State {
  return deepFreeze({ ...state, ...thaw(changes) } as StateData) as State;
}
