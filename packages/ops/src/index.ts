/**
 * `@jujuts/ops`: write Juju charms in TypeScript. Declare handlers with
 * decorators, type config, databags and action params as validated classes,
 * and call `main(MyCharm)`.
 *
 * @packageDocumentation
 */
import './load-reflect';

export * from './decorators';
export { CharmBase, Component, FrameworkObject, type ComponentParent, type LoadConfigOptions, type CustomEventClass } from './charm';
export { main, type MainOptions, type CharmClass } from './dispatch';
export {
  EventBase,
  HookEvent,
  InstallEvent,
  StartEvent,
  StopEvent,
  RemoveEvent,
  UpdateStatusEvent,
  ConfigChangedEvent,
  UpgradeCharmEvent,
  LeaderElectedEvent,
  LeaderSettingsChangedEvent,
  PreSeriesUpgradeEvent,
  PostSeriesUpgradeEvent,
  CollectMetricsEvent,
  RelationEvent,
  RelationCreatedEvent,
  RelationJoinedEvent,
  RelationChangedEvent,
  RelationDepartedEvent,
  RelationBrokenEvent,
  WorkloadEvent,
  PebbleReadyEvent,
  PebbleCustomNoticeEvent,
  PebbleCheckFailedEvent,
  PebbleCheckRecoveredEvent,
  type NoticeRef,
  type CheckRef,
  SecretEvent,
  SecretChangedEvent,
  SecretRotateEvent,
  SecretExpiredEvent,
  SecretRemoveEvent,
  StorageEvent,
  StorageAttachedEvent,
  StorageDetachingEvent,
  ActionEvent,
  CollectStatusEvent,
  CustomEvent,
  EventSource,
  Framework,
  EVENT_KINDS,
  type EventKind,
} from './framework';
export * from './model';
export * from './errors';
export {
  option,
  field,
  type OptionSettings,
  type FieldSettings,
  type SchemaSpec,
  type RenderedSchema,
} from './typed';
export { renderSchema, checkSchema, type CharmClassLike } from './metadata/schema-spec';
export type { Logger } from './log';
export type { CharmMeta, RelationMeta, ContainerMeta, StorageMeta, ResourceMeta, ConfigOptionMeta, ActionMeta } from './meta/charm-meta';
export type { JujuContext } from './context/juju-context';
export type * from './backend/backend-types';
export type { ModelBackend } from './backend/model-backend';
export type * from './pebble/types';
export type { ExecOptions, ExecProcess, ExecOutput } from './pebble/exec-types';
export type { PebbleClient } from './pebble/pebble-client';
export { PebbleError, APIError, ConnectionError, ProtocolError, PathError, ChangeError, TimeoutError, ExecError } from './pebble/errors';
