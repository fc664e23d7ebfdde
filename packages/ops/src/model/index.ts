export { Model, type SecretLookup } from './model';
export { Unit } from './unit';
export { Application } from './application';
export { Relation, type RemoteModel } from './relation';
export { Relations } from './relations';
export { RelationDataContent } from './relation-data-content';
export { ConfigData } from './config-data';
export { Secret, type SecretInit, type SecretInfoUpdate } from './secret';
export { SecretInfo } from './secret-info';
export { SecretRotate } from './secret-rotate';
export { type AddSecretOptions } from './add-secret';
export { Storage } from './storage';
export { Storages } from './storages';
export { Resources } from './resources';
export { Binding } from './binding';
export { Network, type NetworkInterface } from './network';
export { type CloudSpec, type CloudCredential } from './cloud-spec';
export { JujuVersion } from './juju-version';
export { Port } from './port';
export {
  StatusBase,
  ActiveStatus,
  BlockedStatus,
  MaintenanceStatus,
  WaitingStatus,
  UnknownStatus,
  ErrorStatus,
  type SettableStatusName,
} from './status';
export { Container } from './container';
export { MultiPushPullError } from './container-errors';
