import type { StorageDetails } from '../backend/backend-types';
import { expectObject, expectStringList, optionalString, parseJsonOutput, unexpected } from './parse-output';
import type { HookCommandRunner } from './run-hook-command';

const STORAGE_ID = /^[a-z][a-z0-9-]*\/\d+$/;

/** `storage-list NAME --format=json`: the ids (`data/0`) of the attached instances of a storage. */
export function storageList(run: HookCommandRunner, name: string): string[] {
  return expectStringList('storage-list', parseJsonOutput('storage-list', run({ command: 'storage-list', args: [name, '--format=json'] })));
}

/** `storage-get -s NAME/N --format=json`: the kind and mount location of one storage instance. */
export function storageGet(run: HookCommandRunner, storageId: string): StorageDetails {
  assertStorageId(storageId);
  const out = expectObject(
    'storage-get',
    parseJsonOutput('storage-get', run({ command: 'storage-get', args: ['-s', storageId, '--format=json'] })),
  );
  const kind = optionalString(out, 'kind');
  const location = optionalString(out, 'location');
  if (kind === undefined || location === undefined) throw unexpected('storage-get', '"kind" and "location"', out);
  return { kind, location };
}

/** `storage-add NAME=COUNT`: asks for more instances (they attach after the hook succeeds). */
export function storageAdd(run: HookCommandRunner, name: string, count: number): void {
  assertStorageCount(name, count);
  run({ command: 'storage-add', args: [`${name}=${count}`] });
}

/** Throws a TypeError when `storageId` is not of the `NAME/N` form `storage-get -s` takes. */
export function assertStorageId(storageId: string): void {
  if (!STORAGE_ID.test(storageId)) throw new TypeError(`storage-get: "${storageId}" is not a storage id; expected NAME/N such as data/0`);
}

/** Throws a TypeError when `count` is not a positive integer: Juju cannot add no storage. */
export function assertStorageCount(name: string, count: number): void {
  if (!Number.isInteger(count) || count < 1) throw new TypeError(`storage-add ${name}: count must be a positive integer, got ${count}`);
}
