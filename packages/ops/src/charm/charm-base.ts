import type { Logger } from '../log';
import type { CharmMeta } from '../meta/charm-meta';
import type { Application, Model, Unit } from '../model';
import type { EventSource } from '../framework/event-source';
import type { CustomEvent } from '../framework/events/custom-event';
import type { Framework } from '../framework/framework';
import type { DataClass } from '../framework/handler-record';
import { readCharmOptions } from '../metadata';
import { defineEventSource, type CustomEventClass } from './define-event';
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
export abstract class CharmBase<TConfig extends object = Record<string, never>> {
  /** The framework running this hook. */
  readonly framework: Framework;

  constructor(framework: Framework) {
    this.framework = framework;
    framework.register(this, this.constructor.name);
  }

  /** The Juju model as this unit sees it. */
  get model(): Model {
    return this.framework.model;
  }

  /** This unit. */
  get unit(): Unit {
    return this.framework.model.unit;
  }

  /** This unit's application. */
  get app(): Application {
    return this.framework.model.app;
  }

  /** The charm's metadata (charmcraft.yaml). */
  get meta(): CharmMeta {
    return this.framework.meta;
  }

  /** A pino logger writing to Juju's debug log. */
  get logger(): Logger {
    return this.framework.logger;
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

  /** Creates a custom event source on this charm that handlers can `@observe`. */
  protected defineEvent<E extends CustomEvent<unknown>>(name: string, cls: CustomEventClass<E>): EventSource<E> {
    return defineEventSource(this.framework, this, name, cls);
  }
}
