/**
 * `@jujuts/testing`: test jujuts charms without Juju. The production
 * dispatch pipeline runs against an in-memory Juju and Pebble.
 *
 * @packageDocumentation
 */
export * from './juju';
export * from './backend';
export * from './engine';
export {
  runHookTool,
  endHook,
  installHookTools,
  buildHookToolBundle,
  hookToolBundle,
  HOOK_TOOL_NAMES,
  readStateFile,
  writeStateFile,
  STATE_FILE_ENV,
  type HookToolResult,
  type HookToolIO,
} from './hook-tools';
export * from './sim';
export * from './pebble';
export * from './context';
export * from './harness';
