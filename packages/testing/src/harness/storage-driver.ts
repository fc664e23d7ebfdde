import type { CharmBase } from '@jujuts/ops/internal';
import type { StorageState } from '../juju';
import { HarnessError } from './harness-error';
import type { HarnessRuntime } from './harness-runtime';

/** Options of `addStorage`. */
export interface AddStorageOptions {
  /** Attach at once (storage-attached follows, once the harness has begun). */
  readonly attach?: boolean | undefined;
}

/**
 * Storage instances as Juju provisions them: added (not yet attached),
 * attached (listed by `storage-list`), detached, removed. Ids are unique
 * across all storage names, as Juju's are (`data/0`, `logs/1`).
 */
export class StorageDriver<C extends CharmBase<object>> {
  private nextIndex = 0;
  private readonly detached: StorageState[] = [];

  constructor(private readonly runtime: HarnessRuntime<C>) {}

  /** Adds `count` instances of a declared storage, detached unless `attach` is set. */
  async add(name: string, count: number, options: AddStorageOptions): Promise<string[]> {
    const declared = this.runtime.meta.storages[name];
    if (!declared) {
      const names = Object.keys(this.runtime.meta.storages).join(', ') || 'none';
      throw new HarnessError(`addStorage('${name}'): charmcraft.yaml declares no storage \`${name}\` (declared: ${names})`);
    }
    if (!Number.isInteger(count) || count < 1) throw new HarnessError(`addStorage('${name}', ${count}): count must be a whole number of at least 1`);
    const max = declared.multiple ? declared.multiple.max : 1;
    const existing = this.all().filter((s) => s.name === name).length;
    if (max !== undefined && existing + count > max) {
      throw new HarnessError(`addStorage('${name}', ${count}): ${name} allows at most ${max} instance${max === 1 ? '' : 's'} and has ${existing}`);
    }
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const index = this.nextIndex++;
      const location = declared.location === undefined ? `/var/lib/juju/storage/${name}/${index}` : declared.multiple ? `${declared.location}/${index}` : declared.location;
      this.detached.push({ name, index, kind: declared.type, location });
      ids.push(`${name}/${index}`);
    }
    if (options.attach) for (const id of ids) await this.attach(id);
    return ids;
  }

  /** Attaches added storage and emits storage-attached. */
  async attach(id: string): Promise<void> {
    const at = this.detached.findIndex((s) => idOf(s) === id);
    if (at < 0) throw this.unknown(`attachStorage('${id}')`, id, 'detached');
    const [storage] = this.detached.splice(at, 1);
    if (storage) this.runtime.change((s) => s.storages.push(storage));
    await this.runtime.emit({ path: `hooks/${id.split('/')[0] ?? ''}-storage-attached`, storageId: id });
  }

  /** Emits storage-detaching while the storage is still attached, then detaches it. */
  async detach(id: string): Promise<void> {
    const storage = this.runtime.state().storages.find((s) => idOf(s) === id);
    if (!storage) throw this.unknown(`detachStorage('${id}')`, id, 'attached');
    try {
      await this.runtime.emit({ path: `hooks/${storage.name}-storage-detaching`, storageId: id });
    } finally {
      this.runtime.change((s) => (s.storages = s.storages.filter((x) => idOf(x) !== id)));
      this.detached.push(storage);
    }
  }

  /** Detaches (if attached) and forgets a storage instance. */
  async remove(id: string): Promise<void> {
    if (this.runtime.state().storages.some((s) => idOf(s) === id)) await this.detach(id);
    const at = this.detached.findIndex((s) => idOf(s) === id);
    if (at < 0) throw this.unknown(`removeStorage('${id}')`, id, 'known');
    this.detached.splice(at, 1);
  }

  /** Ids of storage added but not attached, in order. */
  detachedIds(): string[] {
    return this.detached.map(idOf);
  }

  private all(): StorageState[] {
    return [...this.runtime.state().storages, ...this.detached];
  }

  private unknown(call: string, id: string, what: string): HarnessError {
    const attached = this.runtime.state().storages.map(idOf).join(', ') || 'none';
    const detached = this.detachedIds().join(', ') || 'none';
    return new HarnessError(`${call}: ${id} is not ${what} storage (attached: ${attached}; detached: ${detached}); add it with addStorage(name)`);
  }
}

function idOf(storage: StorageState): string {
  return `${storage.name}/${storage.index}`;
}
