import type { StorageDetails } from '../backend/backend-types';
import type { ModelBackend } from '../backend/model-backend';

/** One attached storage instance, such as `data/0`. Its details are read on first use. */
export class Storage {
  /** The storage name from metadata, for example `data`. */
  readonly name: string;
  /** The instance number (`0` for `data/0`). */
  readonly id: number;
  private details: StorageDetails | undefined;

  constructor(
    name: string,
    id: number,
    private readonly backend: ModelBackend,
  ) {
    this.name = name;
    this.id = id;
  }

  /** `name/id`, as Juju names the instance. */
  get fullId(): string {
    return `${this.name}/${this.id}`;
  }

  /** Where the storage is mounted (or the block device path). */
  get location(): string {
    return this.read().location;
  }

  /** `filesystem` or `block`. */
  get kind(): string {
    return this.read().kind;
  }

  /** `data/0`. */
  toString(): string {
    return this.fullId;
  }

  private read(): StorageDetails {
    this.details ??= this.backend.storageGet(this.fullId);
    return this.details;
  }
}
