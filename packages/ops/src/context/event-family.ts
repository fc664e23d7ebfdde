/**
 * Which group of event-specific variables a hook needs, decided from the hook
 * name's suffix alone (the scope name, such as the endpoint, is the prefix).
 */
export type EventFamily =
  | { readonly kind: 'relation'; readonly endpoint: string; readonly suffix: RelationSuffix }
  | { readonly kind: 'workload'; readonly container: string; readonly suffix: WorkloadSuffix }
  | { readonly kind: 'secret'; readonly suffix: SecretSuffix }
  | { readonly kind: 'storage'; readonly storage: string; readonly suffix: StorageSuffix }
  | { readonly kind: 'action' }
  | { readonly kind: 'plain' };

/** The relation hook kinds. */
export type RelationSuffix = 'created' | 'joined' | 'changed' | 'departed' | 'broken';
/** The workload (Pebble) hook kinds. */
export type WorkloadSuffix = 'pebble-ready' | 'pebble-custom-notice' | 'pebble-check-failed' | 'pebble-check-recovered';
/** The secret hook kinds. */
export type SecretSuffix = 'changed' | 'rotate' | 'expired' | 'remove';
/** The storage hook kinds. */
export type StorageSuffix = 'attached' | 'detaching';

const RELATION = /^(.+)-relation-(created|joined|changed|departed|broken)$/;
const WORKLOAD = /^(.+)-(pebble-ready|pebble-custom-notice|pebble-check-failed|pebble-check-recovered)$/;
const SECRET = /^secret-(changed|rotate|expired|remove)$/;
const STORAGE = /^(.+)-storage-(attached|detaching)$/;

/** Classifies a hook (or action) by the variables it needs. */
export function eventFamily(eventName: string, isAction: boolean): EventFamily {
  if (isAction) return { kind: 'action' };
  let m = RELATION.exec(eventName);
  if (m) return { kind: 'relation', endpoint: m[1] as string, suffix: m[2] as RelationSuffix };
  m = WORKLOAD.exec(eventName);
  if (m) return { kind: 'workload', container: m[1] as string, suffix: m[2] as WorkloadSuffix };
  m = SECRET.exec(eventName);
  if (m) return { kind: 'secret', suffix: m[1] as SecretSuffix };
  m = STORAGE.exec(eventName);
  if (m) return { kind: 'storage', storage: m[1] as string, suffix: m[2] as StorageSuffix };
  return { kind: 'plain' };
}
