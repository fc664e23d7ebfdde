/** The backend layer: the {@link ModelBackend} contract, its data types, and the hook-command implementation. */
export type { ModelBackend } from './model-backend';
export type * from './backend-types';
export { HookCmdBackend, type HookCmdBackendOptions } from './hook-cmd-backend';
export type { CommandLogEntry } from './command-log';
export { mapHookCommandError } from './map-hook-command-error';
