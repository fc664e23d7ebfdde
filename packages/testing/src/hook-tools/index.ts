/** Stand-in hook commands: real executables over a FakeJuju state file, for the simulator and end-to-end tests. */
export { main, main as runHookTool, type HookToolResult, type HookToolIO } from './main';
export { endHook } from './end-hook';
export { installHookTools } from './install-hook-tools';
export { buildHookToolBundle, hookToolBundle } from './build-hook-tool-bundle';
export { HOOK_TOOL_NAMES } from './commands';
export { readStateFile, writeStateFile, STATE_FILE_ENV } from './state-file';
