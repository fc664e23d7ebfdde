/**
 * What `@jujuts/testing` (and other first-party packages) need from ops that
 * is not public API: error classes, backend types and core contracts.
 */
export * from './errors';
export type * from './backend/backend-types';
export type { ModelBackend } from './backend/model-backend';
export type { JujuContext } from './context/juju-context';
export type { CharmMeta } from './meta/charm-meta';
export { mapHookCommandError } from './backend/map-hook-command-error';
export { createCharmLogger, type CharmLoggerOptions } from './log';
export type { Logger } from './log';
export {
  runDispatch,
  buildCharm,
  main,
  loadMetaForDispatch,
  DEFAULT_STATE_FILE,
  META_JSON,
  DISPATCH_GUARD_VARIABLE,
  type DispatchInput,
  type DispatchOutcome,
  type CharmClass,
  type BuiltCharm,
  type CharmBuildInput,
} from './dispatch';
export type { CharmBase } from './charm/charm-base';
export {
  EMPTY_STATE,
  FileStateStore,
  JujuStateStore,
  EVENT_KINDS,
  eventKindByName,
  resolveEvent,
  evaluateStatus,
  type EventKind,
  type UnitStateStore,
  type PersistedState,
  type DeferredEntry,
  type EventSnapshot,
  type Framework,
} from './framework';
export { describeOwner, readCharmOptions, validateBindings, type CharmOptions } from './metadata';
export type * from './meta/charm-meta';
export { buildJujuEnv, parseJujuContext } from './context';
export { loadCharmMeta, parseCharmcraftYaml, parseLegacyMeta, charmMetaFromJson, charmMetaToJson } from './meta';
export { isCharmClass, schemaSpecOf, renderCharmSchema, checkCharmSchema, type CharmClassLike } from './metadata/schema-spec';
export { validateConfigClass } from './metadata/validate-config-class';
export { PEBBLE_SOCKET_DIR_ENV } from './backend/hook-cmd-backend';
export { droppedRelationWritesMessage } from './backend/hook-cmd-relations';
/** The checks each hook command makes before running, for a fake backend to refuse bad input exactly as the real one does. */
export {
  relationArg,
  assertRelationChanges,
  assertSettableStatus,
  assertJujuLogLevel,
  assertActionResults,
  assertStorageId,
  assertStorageCount,
  formatPort,
  assertSecretAddInput,
  assertSecretGetInput,
  assertSecretQuery,
  assertSecretSetInput,
  assertSecretRevision,
  assertStateValues,
} from './hookcmds';
