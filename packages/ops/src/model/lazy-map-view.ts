/**
 * The read side shared by the model's lazily loaded string-keyed maps
 * (config, relation databags): a subclass says how `data` is loaded (once,
 * on first access) and inherits the Map-like reads.
 */
export abstract class LazyMapView<V> implements Iterable<[string, V]> {
  /** The loaded map; the subclass reads it from Juju on first access. */
  protected abstract get data(): ReadonlyMap<string, V>;

  /** The value of `key`, or undefined. */
  get(key: string): V | undefined {
    return this.data.get(key);
  }

  /** Whether `key` has a value. */
  has(key: string): boolean {
    return this.data.has(key);
  }

  /** How many keys have a value. */
  get size(): number {
    return this.data.size;
  }

  /** The keys. */
  keys(): MapIterator<string> {
    return this.data.keys();
  }

  /** The values. */
  values(): MapIterator<V> {
    return this.data.values();
  }

  /** `[key, value]` pairs. */
  entries(): MapIterator<[string, V]> {
    return this.data.entries();
  }

  /** `[key, value]` pairs. */
  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  /** A plain copy. */
  toObject(): Record<string, V> {
    return Object.fromEntries(this.data);
  }
}
