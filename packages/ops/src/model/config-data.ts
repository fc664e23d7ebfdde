import type { ConfigValue } from '../backend/backend-types';
import type { ModelBackend } from '../backend/model-backend';

/**
 * The charm's raw config as `config-get` prints it (option name → value),
 * read on first access and kept for the hook. Read-only: Juju's config is
 * set by the operator, never by the charm.
 */
export class ConfigData implements ReadonlyMap<string, ConfigValue> {
  private loaded: ReadonlyMap<string, ConfigValue> | undefined;

  constructor(private readonly backend: ModelBackend) {}

  private get data(): ReadonlyMap<string, ConfigValue> {
    this.loaded ??= new Map(Object.entries(this.backend.configGet()));
    return this.loaded;
  }

  /** The option's value, or undefined if it has none. */
  get(key: string): ConfigValue | undefined {
    return this.data.get(key);
  }

  /** Whether the option has a value. */
  has(key: string): boolean {
    return this.data.has(key);
  }

  /** How many options have a value. */
  get size(): number {
    return this.data.size;
  }

  /** Option names. */
  keys(): MapIterator<string> {
    return this.data.keys();
  }

  /** Option values. */
  values(): MapIterator<ConfigValue> {
    return this.data.values();
  }

  /** `[name, value]` pairs. */
  entries(): MapIterator<[string, ConfigValue]> {
    return this.data.entries();
  }

  /** Calls `fn` for each option, as Map does. */
  forEach(fn: (value: ConfigValue, key: string, map: ReadonlyMap<string, ConfigValue>) => void): void {
    this.data.forEach((v, k) => fn(v, k, this));
  }

  /** `[name, value]` pairs. */
  [Symbol.iterator](): MapIterator<[string, ConfigValue]> {
    return this.entries();
  }

  /** A plain copy of every option's value. */
  toObject(): Record<string, ConfigValue> {
    return Object.fromEntries(this.data);
  }
}
