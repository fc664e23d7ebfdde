import { ModelError } from '../errors';
import type { ModelCache } from './model-cache';
import { Storage } from './storage';

/** The charm's storage by name: `storages.get('data')` lists the attached instances. */
export class Storages {
  // Made on first use: most hooks never touch it, and a Map per hook adds up over thousands of test hooks.
  private lists: Map<string, readonly Storage[]> | undefined;
  // Made on first use: most hooks never touch it, and a Map per hook adds up over thousands of test hooks.
  private instances: Map<string, Storage> | undefined;

  constructor(private readonly cache: ModelCache) {}

  /** The declared storage names. */
  keys(): string[] {
    return Object.keys(this.cache.meta.storages);
  }

  /** The attached instances of a declared storage (`storage-list`, once per hook). */
  get(name: string): readonly Storage[] {
    this.assertDeclared(name);
    let list = this.lists?.get(name);
    if (!list) {
      list = Object.freeze(this.cache.backend.storageList(name).map((fullId) => this.byId(fullId)));
      (this.lists ??= new Map()).set(name, list);
    }
    return list;
  }

  /**
   * The instance named `fullId` (`data/0`), the same object `get` returns;
   * also for an instance no longer listed, as in storage-detaching.
   */
  byId(fullId: string): Storage {
    let storage = this.instances?.get(fullId);
    if (!storage) {
      const m = /^(.+)\/(\d+)$/.exec(fullId);
      if (!m || m[1] === undefined) throw new ModelError(`invalid storage id '${fullId}': expected <name>/<number>, like data/0`);
      storage = new Storage(m[1], Number(m[2]), this.cache.backend);
      (this.instances ??= new Map()).set(fullId, storage);
    }
    return storage;
  }

  /** Asks Juju for `count` more instances of a declared storage (`storage-add`, after the hook). */
  request(name: string, count = 1): void {
    this.assertDeclared(name);
    if (!Number.isInteger(count) || count < 1) {
      throw new ModelError(`cannot request ${String(count)} instances of storage '${name}': count must be a positive integer`);
    }
    this.cache.backend.storageAdd(name, count);
  }

  private assertDeclared(name: string): void {
    if (!(name in this.cache.meta.storages)) {
      throw new ModelError(
        `storage '${name}' is not declared in the charm's metadata (declared: ${this.keys().join(', ') || 'none'})`,
      );
    }
  }
}
