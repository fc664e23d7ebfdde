/**
 * What Juju told this process about the event, parsed from `JUJU_*`
 * environment variables. Pure data; see `parseJujuContext`.
 */
export interface JujuContext {
  /** `JUJU_DISPATCH_PATH`, for example `hooks/db-relation-joined` or `actions/backup`. */
  readonly dispatchPath: string;
  /** The hook or action name: the part of the dispatch path after `hooks/` or `actions/`. */
  readonly eventName: string;
  /** Whether the dispatch path names an action. */
  readonly isAction: boolean;
  /** `JUJU_UNIT_NAME`, for example `web/0`. */
  readonly unitName: string;
  /** The application part of the unit name. */
  readonly appName: string;
  readonly modelName: string;
  readonly modelUuid: string;
  /** `JUJU_VERSION`, for example `3.6.1`. */
  readonly jujuVersion: string;
  readonly charmDir: string;
  readonly hookName?: string | undefined;
  /** `JUJU_RELATION` (endpoint name). */
  readonly relationName?: string | undefined;
  /** The number from `JUJU_RELATION_ID` (`db:3` → 3). */
  readonly relationId?: number | undefined;
  readonly remoteApp?: string | undefined;
  readonly remoteUnit?: string | undefined;
  readonly departingUnit?: string | undefined;
  readonly actionName?: string | undefined;
  readonly actionUuid?: string | undefined;
  readonly workloadName?: string | undefined;
  readonly noticeId?: string | undefined;
  readonly noticeType?: string | undefined;
  readonly noticeKey?: string | undefined;
  readonly pebbleCheckName?: string | undefined;
  readonly secretId?: string | undefined;
  readonly secretLabel?: string | undefined;
  readonly secretRevision?: number | undefined;
  /** `JUJU_STORAGE_ID`, for example `data/0`. */
  readonly storageId?: string | undefined;
  /** The storage name part of the storage id. */
  readonly storageName?: string | undefined;
  readonly debug: boolean;
  /** `JUJU_DEBUG_AT` split on commas. */
  readonly debugAt: readonly string[];
  readonly availabilityZone?: string | undefined;
  readonly machineId?: string | undefined;
  readonly principalUnit?: string | undefined;
}
