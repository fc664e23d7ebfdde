import type { EnvReader } from './env-reader';
import type { SecretSuffix, StorageSuffix, WorkloadSuffix } from './event-family';
import type { JujuContext } from './juju-context';
import { nonEmpty, REVISION, SECRET_ID, STORAGE_ID } from './context-shapes';

/** The workload (Pebble) part of a {@link JujuContext}. */
export type WorkloadFields = Pick<
  JujuContext,
  'workloadName' | 'noticeId' | 'noticeType' | 'noticeKey' | 'pebbleCheckName'
>;

/** Reads the variables of `<container>-pebble-*` hooks. */
export function readWorkloadFields(reader: EnvReader, container: string, suffix: WorkloadSuffix): WorkloadFields {
  const workloadName = reader.required('JUJU_WORKLOAD_NAME', nonEmpty(`the container name \`${container}\``));
  if (workloadName !== container) {
    throw reader.fail('JUJU_WORKLOAD_NAME', `is ${JSON.stringify(workloadName)}, not the hook's container`, {
      expected: `\`${container}\``,
    });
  }
  const notice = suffix === 'pebble-custom-notice';
  const check = suffix === 'pebble-check-failed' || suffix === 'pebble-check-recovered';
  const read = (name: string, required: boolean, what: string): string | undefined =>
    required ? reader.required(name, nonEmpty(what)) : reader.optional(name);
  return {
    workloadName,
    noticeId: read('JUJU_NOTICE_ID', notice, 'a Pebble notice id, for example `1`'),
    noticeType: read('JUJU_NOTICE_TYPE', notice, 'a Pebble notice type, for example `custom`'),
    noticeKey: read('JUJU_NOTICE_KEY', notice, 'a Pebble notice key, for example `example.com/db-ready`'),
    pebbleCheckName: read('JUJU_PEBBLE_CHECK_NAME', check, 'a Pebble check name, for example `http-alive`'),
  };
}

/** The secret part of a {@link JujuContext}. */
export type SecretFields = Pick<JujuContext, 'secretId' | 'secretLabel' | 'secretRevision'>;

/** Reads the variables of `secret-*` hooks; expired and remove name a revision. */
export function readSecretFields(reader: EnvReader, suffix: SecretSuffix): SecretFields {
  const secretId = reader.required('JUJU_SECRET_ID', SECRET_ID);
  const needsRevision = suffix === 'expired' || suffix === 'remove';
  const rawRevision = needsRevision
    ? reader.required('JUJU_SECRET_REVISION', REVISION)
    : reader.optional('JUJU_SECRET_REVISION', REVISION);
  return {
    secretId,
    secretLabel: reader.optional('JUJU_SECRET_LABEL'),
    secretRevision: rawRevision === undefined ? undefined : Number(rawRevision),
  };
}

/** The storage part of a {@link JujuContext}. */
export type StorageFields = Pick<JujuContext, 'storageId' | 'storageName'>;

/** Reads `JUJU_STORAGE_ID` for `<storage>-storage-*` hooks and checks it names that storage. */
export function readStorageFields(reader: EnvReader, storage: string, _suffix: StorageSuffix): StorageFields {
  const storageId = reader.required('JUJU_STORAGE_ID', STORAGE_ID);
  const storageName = storageId.slice(0, storageId.lastIndexOf('/'));
  if (storageName !== storage) {
    throw reader.fail('JUJU_STORAGE_ID', `is ${JSON.stringify(storageId)}, which names another storage`, {
      expected: `\`${storage}/<n>\`, for example \`${storage}/0\``,
    });
  }
  return { storageId, storageName };
}

/** The action part of a {@link JujuContext}. */
export type ActionFields = Pick<JujuContext, 'actionName' | 'actionUuid'>;

/** Reads the action variables; the dispatch path's name wins, JUJU_ACTION_NAME must agree. */
export function readActionFields(reader: EnvReader, action: string): ActionFields {
  const actionUuid = reader.required('JUJU_ACTION_UUID', nonEmpty('the action id, for example `1`'));
  const actionName = reader.optional('JUJU_ACTION_NAME') ?? action;
  if (actionName !== action) {
    throw reader.fail('JUJU_ACTION_NAME', `is ${JSON.stringify(actionName)}, not the dispatched action`, {
      expected: `\`${action}\` (from JUJU_DISPATCH_PATH) or unset`,
    });
  }
  return { actionName, actionUuid };
}
