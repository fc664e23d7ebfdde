export { MemoryStateStore } from './memory-state-store';
export type { HookEventSpec } from './hook-event-spec';
export { hookContext, IN_MEMORY_CHARM_DIR } from './hook-context';
export { runHook, type RunHookInput, type RunHookResult } from './run-hook';
export { observeFramework } from './observe-framework';
