/** Fake Juju: one unit's world as plain data and the rules hook commands follow over it. */
export type {
  JujuState,
  ModelState,
  StatusState,
  RelationState,
  SecretState,
  SecretRevisionState,
  StorageState,
  Databag,
} from './juju-state';
export {
  createJujuState,
  DEFAULT_MODEL_UUID,
  type JujuStateInput,
  type RelationInput,
  type SecretInput,
  type StorageInput,
} from './create-juju-state';
export { FakeJuju, type FakeJujuDocument } from './fake-juju';
export type { HookInfo, WritablePart } from './hook-scope';
export { JujuError } from './juju-error';
export {
  emptyOutputs,
  type JujuOutputs,
  type PendingChanges,
  type LogRecord,
  type CommandRecord,
  type RemovedSecretRevision,
  type StorageRequest,
} from './juju-outputs';
export type { RelationTarget } from './fake-relations';
export type { SecretMetadata, SecretInfo } from './fake-secrets';
export type { AppStatusState } from './fake-status';
export { formatPort, parsePort } from './port-spec';
export { secretXid } from './secret-id';
export { defaultNetwork, defaultUnitBag, DEFAULT_ADDRESS } from './default-network';
export { STATE_KEY_LIMIT, STATE_VALUE_LIMIT } from './fake-state-store';
export { latestSecretRevision, SECRET_CONTENT_LIMIT } from './secret-rules';
export type { FakeRelations } from './fake-relations';
export type { FakeSecrets } from './fake-secrets';
export type { FakePorts } from './fake-ports';
export type { FakeStateStore } from './fake-state-store';
export type { FakeActions } from './fake-actions';
export type { FakeStatus } from './fake-status';
export type { FakeStorage } from './fake-storage';
