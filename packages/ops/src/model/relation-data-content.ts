import type { RelationRef } from '../backend/backend-types';
import type { ModelBackend } from '../backend/model-backend';
import { RelationDataTypeError, RelationNotFoundError } from '../errors';
import { assertCanRead, assertCanWrite, type BagAccess } from './databag-access';
import { LazyMapView } from './lazy-map-view';

/** Where a databag lives and who may touch it. */
export interface DatabagSource {
  readonly backend: ModelBackend;
  readonly ref: RelationRef;
  /** The unit or application name whose bag this is. */
  readonly member: string;
  readonly isApp: boolean;
  /** For messages: the relation as `db:3` and the bag as `web/0` or `web app`. */
  readonly labels: { readonly relation: string; readonly bag: string };
  /** Computed on first access, so building a databag runs no command. */
  readonly access: () => BagAccess;
}

/**
 * One relation databag (string → string). Read with `relation-get` on first
 * access and kept for the hook; each write runs `relation-set` at once after
 * the access and type checks, and an empty value deletes the key.
 */
export class RelationDataContent extends LazyMapView<string> {
  private loaded: Map<string, string> | undefined;
  // Writes made before the first read, applied over the bag when it is read.
  private readonly pending = new Map<string, string>();
  private checked: BagAccess | undefined;

  constructor(private readonly source: DatabagSource) {
    super();
  }

  /** Sets one key; `''` deletes it, as on the wire. */
  set(key: string, value: string): void {
    this.assertKey(key);
    this.update({ [key]: value });
  }

  /** Deletes one key (sends it as `''`). */
  delete(key: string): void {
    this.assertKey(key);
    this.update({ [key]: '' });
  }

  /** Sets several keys with one `relation-set`; every key and value is checked before it runs. */
  update(changes: Readonly<Record<string, string>>): void {
    const { relation, bag } = this.source.labels;
    for (const [key, value] of Object.entries(changes) as Array<[string, unknown]>) {
      if (typeof value !== 'string') {
        throw new RelationDataTypeError(
          `relation ${relation}: cannot set '${key}' in the ${bag} bag to a ${value === null ? 'null' : typeof value}: databag values must be strings (encode it, for example with JSON.stringify, or use relation.save())`,
        );
      }
    }
    assertCanWrite(this.access());
    if (Object.keys(changes).length === 0) return;
    this.source.backend.relationSet(this.source.ref, changes, this.source.isApp);
    const target = this.loaded ?? this.pending;
    for (const [key, value] of Object.entries(changes)) {
      if (value === '' && this.loaded) this.loaded.delete(key);
      else target.set(key, value);
    }
  }

  /** Names the bag without its values. */
  override toString(): string {
    return `RelationDataContent(${this.source.member}${this.source.isApp ? ' app' : ''})`;
  }

  private assertKey(key: unknown): void {
    if (typeof key === 'string') return;
    const { relation, bag } = this.source.labels;
    throw new RelationDataTypeError(
      `relation ${relation}: cannot use the ${typeof key} key ${String(key)} in the ${bag} bag: databag keys must be strings`,
    );
  }

  private access(): BagAccess {
    this.checked ??= this.source.access();
    return this.checked;
  }

  protected get data(): Map<string, string> {
    if (this.loaded) return this.loaded;
    assertCanRead(this.access());
    const { backend, ref, member, isApp } = this.source;
    let bag: Record<string, string>;
    try {
      bag = backend.relationGet(ref, member, isApp);
    } catch (e) {
      // A relation removed while the hook runs has no data left (ops does the same).
      if (!(e instanceof RelationNotFoundError)) throw e;
      bag = {};
    }
    const data = new Map(Object.entries(bag));
    for (const [key, value] of this.pending) {
      if (value === '') data.delete(key);
      else data.set(key, value);
    }
    this.loaded = data;
    return data;
  }
}
