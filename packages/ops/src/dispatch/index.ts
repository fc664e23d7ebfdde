export { main, DEFAULT_STATE_FILE, type MainOptions } from './main';
export { runDispatch, type DispatchInput, type DispatchOutcome } from './run-dispatch';
export { buildCharm, type CharmBuildInput, type BuiltCharm } from './build-charm';
export type { CharmClass } from './charm-class';
export { loadMetaForDispatch, META_JSON } from './load-meta';
export { isNestedDispatch, DISPATCH_GUARD_VARIABLE } from './recursion-guard';
