import type { Logger } from '../log';
import type { Application, Model, Unit } from '../model';
import type { EventSource } from '../framework/event-source';
import type { CustomEvent } from '../framework/events/custom-event';
import type { Framework } from '../framework/framework';
import { defineEventSource, type CustomEventClass } from './define-event';

/** Anything a component can attach to: a charm or another component. */
export interface ComponentParent {
  readonly framework: Framework;
}

/**
 * Base class of a charm library component: it attaches to a charm (or
 * another component), uses the same decorators — endpoint names may come
 * from constructor arguments through resolver functions — and defines custom
 * events that charms observe.
 *
 * @example
 * ```ts
 * export class DatabaseRequirer extends Component {
 *   readonly databaseCreated = this.defineEvent('databaseCreated', DatabaseCreatedEvent);
 *   constructor(parent: ComponentParent, readonly endpoint: string) { super(parent, endpoint); }
 *   @on.relationChanged((self: DatabaseRequirer) => self.endpoint)
 *   async onChanged(e: RelationChangedEvent) { await this.databaseCreated.emit({ username: 'u' }); }
 * }
 * ```
 */
export abstract class Component {
  /** The framework running this hook. */
  readonly framework: Framework;
  /** Where this component sits: `WebCharm/database`. Stable across hooks, so stored state and deferrals find it. */
  readonly path: string;

  constructor(parent: ComponentParent, key?: string) {
    this.framework = parent.framework;
    this.path = `${this.framework.pathOf(parent)}/${key ?? this.constructor.name}`;
    this.framework.register(this, this.path);
  }

  /** The Juju model. */
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

  /** The charm's logger. */
  get logger(): Logger {
    return this.framework.logger;
  }

  /** Creates a custom event source that charms can `@observe`. */
  protected defineEvent<E extends CustomEvent<unknown>>(name: string, cls: CustomEventClass<E>): EventSource<E> {
    return defineEventSource(this.framework, this, name, cls);
  }
}
