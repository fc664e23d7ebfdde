import type { ConfigValue } from '../backend/backend-types';
import type { ModelBackend } from '../backend/model-backend';
import { LazyMapView } from './lazy-map-view';

/**
 * The charm's raw config as `config-get` prints it (option name → value),
 * read on first access and kept for the hook. Read-only: Juju's config is
 * set by the operator, never by the charm.
 */
export class ConfigData extends LazyMapView<ConfigValue> implements ReadonlyMap<string, ConfigValue> {
  private loaded: ReadonlyMap<string, ConfigValue> | undefined;

  constructor(private readonly backend: ModelBackend) {
    super();
  }

  protected get data(): ReadonlyMap<string, ConfigValue> {
    this.loaded ??= new Map(Object.entries(this.backend.configGet()));
    return this.loaded;
  }

  /** Calls `fn` for each option, as Map does. */
  forEach(fn: (value: ConfigValue, key: string, map: ReadonlyMap<string, ConfigValue>) => void): void {
    this.data.forEach((v, k) => fn(v, k, this));
  }
}
