import type { StorageDetails } from '@jujuts/ops/internal';
import type { HookScope } from './hook-scope';
import { JujuError } from './juju-error';

/**
 * `storage-list`, `storage-get`, `storage-add`. Added storage is only a
 * request, recorded when the hook succeeds: Juju attaches it later.
 */
export class FakeStorage {
  constructor(private readonly scope: HookScope) {}

  /** `storage-list [NAME]`: ids such as `data/0`. */
  list(name?: string): string[] {
    return this.scope
      .view()
      .storages.filter((s) => name === undefined || s.name === name)
      .map((s) => `${s.name}/${s.index}`);
  }

  /** `storage-get -s ID`: an unknown id is refused while parsing `-s`, as Juju does. */
  get(storageId: string): StorageDetails {
    const found = this.scope.view().storages.find((s) => `${s.name}/${s.index}` === storageId);
    if (!found) throw new JujuError(`invalid value "${storageId}" for option -s: storage not found`, 2);
    return { kind: found.kind, location: found.location };
  }

  /** `storage-add NAME=COUNT`. */
  add(name: string, count = 1): void {
    if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new JujuError(`invalid storage name "${name}"`);
    if (!Number.isInteger(count) || count < 1) {
      throw new JujuError(
        `cannot add ${String(count)} "${name}" storage: count must be a whole number of at least 1`,
      );
    }
    this.scope.pending().requestedStorage.push({ name, count });
  }
}
