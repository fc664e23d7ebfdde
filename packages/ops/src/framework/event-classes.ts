import * as lifecycle from './events/lifecycle-events';
import * as relation from './events/relation-events';
import * as secret from './events/secret-events';
import * as storage from './events/storage-events';
import * as workload from './events/workload-events';

/** The event class for each row of the event table that Juju delivers as a hook. */
export const LIFECYCLE_EVENT_CLASSES = {
  install: lifecycle.InstallEvent,
  start: lifecycle.StartEvent,
  stop: lifecycle.StopEvent,
  remove: lifecycle.RemoveEvent,
  updateStatus: lifecycle.UpdateStatusEvent,
  configChanged: lifecycle.ConfigChangedEvent,
  upgradeCharm: lifecycle.UpgradeCharmEvent,
  leaderElected: lifecycle.LeaderElectedEvent,
  leaderSettingsChanged: lifecycle.LeaderSettingsChangedEvent,
  preSeriesUpgrade: lifecycle.PreSeriesUpgradeEvent,
  postSeriesUpgrade: lifecycle.PostSeriesUpgradeEvent,
  collectMetrics: lifecycle.CollectMetricsEvent,
} as const;

/** Relation event classes by kind name. */
export const RELATION_EVENT_CLASSES = {
  relationCreated: relation.RelationCreatedEvent,
  relationJoined: relation.RelationJoinedEvent,
  relationChanged: relation.RelationChangedEvent,
  relationDeparted: relation.RelationDepartedEvent,
  relationBroken: relation.RelationBrokenEvent,
} as const;

/** Secret event classes by kind name. */
export const SECRET_EVENT_CLASSES = {
  secretChanged: secret.SecretChangedEvent,
  secretRotate: secret.SecretRotateEvent,
  secretExpired: secret.SecretExpiredEvent,
  secretRemove: secret.SecretRemoveEvent,
} as const;

/** Storage event classes by kind name. */
export const STORAGE_EVENT_CLASSES = {
  storageAttached: storage.StorageAttachedEvent,
  storageDetaching: storage.StorageDetachingEvent,
} as const;

/** Workload event classes by kind name. */
export const WORKLOAD_EVENT_CLASSES = {
  pebbleReady: workload.PebbleReadyEvent,
  pebbleCustomNotice: workload.PebbleCustomNoticeEvent,
  pebbleCheckFailed: workload.PebbleCheckFailedEvent,
  pebbleCheckRecovered: workload.PebbleCheckRecoveredEvent,
} as const;

/** The event class (type) a camelCase event kind's handlers receive. */
export type EventClassOf<K extends string> = K extends keyof typeof LIFECYCLE_EVENT_CLASSES
  ? InstanceType<(typeof LIFECYCLE_EVENT_CLASSES)[K]>
  : K extends keyof typeof RELATION_EVENT_CLASSES
    ? InstanceType<(typeof RELATION_EVENT_CLASSES)[K]>
    : K extends keyof typeof SECRET_EVENT_CLASSES
      ? InstanceType<(typeof SECRET_EVENT_CLASSES)[K]>
      : K extends keyof typeof STORAGE_EVENT_CLASSES
        ? InstanceType<(typeof STORAGE_EVENT_CLASSES)[K]>
        : K extends keyof typeof WORKLOAD_EVENT_CLASSES
          ? InstanceType<(typeof WORKLOAD_EVENT_CLASSES)[K]>
          : never;
