import type { CharmMeta } from '../meta/charm-meta';
import type { Framework } from '../framework/framework';
import type { DataClass } from '../framework/handler-record';
import { readCharmOptions } from '../metadata';
import { FrameworkObject } from './framework-object';
import { loadTypedConfig } from './typed-config';

/** Options of `loadConfig`. */
export interface LoadConfigOptions {
  /**
   * `'raise'` (the default here) throws InvalidConfigError for the charm to
   * handle; the automatic `this.config` path blocks the unit instead.
   */
  readonly errors?: 'raise';
}

/**
 * Base class of every charm. Juju starts a new process per event: the
 * dispatcher builds one instance per hook and calls the decorated handlers.
 * `TConfig` is the class given to `@charm({ config })`.
 *
 * @example
 * ```ts
 * @charm({ config: WebConfig })
 * export class WebCharm extends CharmBase<WebConfig> {
 *   @on.configChanged
 *   onConfig() { this.unit.status = new ActiveStatus(`port ${this.config.port}`); }
 * }
 * main(WebCharm);
 * ```
 */
export abstract class CharmBase<TConfig extends object = Record<string, never>> extends FrameworkObject {
  constructor(framework: Framework) {
    super(framework);
    framework.register(this, this.constructor.name);
  }

  /** The charm's metadata (charmcraft.yaml). */
  get meta(): CharmMeta {
    return this.framework.meta;
  }

  /**
   * The validated config, an instance of the `@charm({ config })` class.
   * The dispatcher validates it before any handler runs: an invalid config
   * blocks the unit and runs no handler.
   */
  get config(): TConfig {
    const cls = readCharmOptions(this.constructor).config as DataClass<TConfig> | undefined;
    if (!cls) throw new Error(`${this.constructor.name}.config: declare the config class with @charm({ config: MyConfig })`);
    return loadTypedConfig(this.framework, cls);
  }

  /** Loads config as `cls`, throwing InvalidConfigError (with every violation) instead of blocking. */
  loadConfig<C extends object>(cls: DataClass<C>, _options: LoadConfigOptions = {}): C {
    return loadTypedConfig(this.framework, cls);
  }
}
