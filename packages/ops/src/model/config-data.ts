import type { ConfigValue } from '../backend/backend-types';
import type { ModelBackend } from '../backend/model-backend';
import { LazyMapView } from './lazy-map-view';

/**
 * The charm's raw config as `config-get` prints it (option name → value),
 * read on first access and kept for the hook. Read-only: Juju's config is
 * set by the operator, never by the charm.
 */
export class ConfigData extends LazyMapView<ConfigValue> implements ReadonlyMap<string, ConfigValue> {
  private record: Readonly<Record<string, ConfigValue>> | undefined;
  private loaded: ReadonlyMap<string, ConfigValue> | undefined;

  constructor(private readonly backend: ModelBackend) {
    super();
  }

  /** @internal `config-get`'s output as read (once per hook); the typed config is built from it without a Map in between. */
  raw(): Readonly<Record<string, ConfigValue>> {
    this.record ??= this.backend.configGet();
    return this.record;
  }

  protected get data(): ReadonlyMap<string, ConfigValue> {
    this.loaded ??= new Map(Object.entries(this.raw()));
    return this.loaded;
  }

  /** Calls `fn` for each option, as Map does. */
  forEach(fn: (value: ConfigValue, key: string, map: ReadonlyMap<string, ConfigValue>) => void): void {
    this.data.forEach((v, k) => fn(v, k, this));
  }
}
