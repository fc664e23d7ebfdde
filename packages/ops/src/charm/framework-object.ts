import type { EventSource } from '../framework/event-source';
import type { CustomEvent } from '../framework/events/custom-event';
import type { Framework } from '../framework/framework';
import type { Logger } from '../log';
import type { Application, Model, Unit } from '../model';
import { defineEventSource, type CustomEventClass } from './define-event';

/**
 * What charms and components share: the framework running this hook and
 * shortcuts to the model, this unit, its app and the logger.
 */
export abstract class FrameworkObject {
  /** The framework running this hook. */
  readonly framework: Framework;

  constructor(framework: Framework) {
    this.framework = framework;
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

  /** A pino logger writing to Juju's debug log. */
  get logger(): Logger {
    return this.framework.logger;
  }

  /** Creates a custom event source owned by this object, which handlers can `@observe`. */
  protected defineEvent<E extends CustomEvent<unknown>>(name: string, cls: CustomEventClass<E>): EventSource<E> {
    return defineEventSource(this.framework, this, name, cls);
  }
}
