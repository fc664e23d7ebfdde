/** Context/State: run a charm's events against immutable States on the shared engine. */
export { Context, type ActionRun } from './context';
export type { ContextOptions } from './context-options';
export { State, type StateData, type ContainerState, type ExecSpec, type NoticeState, type CheckState, type DeepReadonly } from './state-types';
export { createState, type StateInput } from './create-state';
export { updateState, type StateChanges } from './update-state';
export { relation, peerRelation, subordinateRelation, secret, storage, network, type RelationOptions, type SecretOptions } from './state-builders';
export { container, type ContainerInput } from './container-builder';
export { deferred } from './event-spec';
export type { ContextEvent, RelationRef, ContainerRef, SecretRef } from './context-event';
export type { ContextEvents } from './event-factories';
export type { ContextOutputs, EmittedEvent } from './context-outputs';
export type { ContainerExecRecord } from './run-pebbles';
export type { WithCharmResult } from './with-charm';
export { InconsistentStateError, UncaughtCharmError } from './context-errors';
export { ContextActionFailed } from './action-failed';
