import { assertStorageCount, assertStorageId, type StorageDetails } from '@jujuts/ops/internal';
import type { FakeJuju } from '../juju/fake-juju';
import { runFakeCommand } from './guard-fake-command';

/** `storage-list NAME` on the fake. */
export function storageList(juju: FakeJuju, name: string): string[] {
  const call = { command: 'storage-list', args: [name], subject: `storage ${name}` };
  return runFakeCommand(juju, call, () => juju.storage.list(name));
}

/** `storage-get -s NAME/N` on the fake; an id not of that form is refused first, as production does. */
export function storageGet(juju: FakeJuju, storageId: string): StorageDetails {
  assertStorageId(storageId);
  const call = { command: 'storage-get', args: ['-s', storageId], subject: `storage ${storageId}` };
  return runFakeCommand(juju, call, () => juju.storage.get(storageId));
}

/** `storage-add NAME=COUNT` on the fake; a count below one is refused first, as production does. */
export function storageAdd(juju: FakeJuju, name: string, count: number): void {
  assertStorageCount(name, count);
  const call = { command: 'storage-add', args: [`${name}=${count}`], subject: `storage ${name}` };
  runFakeCommand(juju, call, () => juju.storage.add(name, count));
}
