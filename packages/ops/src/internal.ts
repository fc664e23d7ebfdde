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
