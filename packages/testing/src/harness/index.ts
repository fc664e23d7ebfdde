/** Harness: the imperative, ops-style way to test a charm, on the same engine as Context/State. */
export { Harness, type SecretEventOptions } from './harness';
export { HarnessCore } from './harness-core';
export type { HarnessOptions } from './harness-options';
export { HarnessError } from './harness-error';
export { ActionFailed, type ActionOutput } from './action-failed';
export type { AddRelationOptions } from './relation-driver';
export type { AddStorageOptions } from './storage-driver';
export type { AddNetworkOptions } from './network-info';
export { resolveHarnessMeta } from './resolve-harness-meta';
