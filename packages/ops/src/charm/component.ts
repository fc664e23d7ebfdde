import type { Framework } from '../framework/framework';
import { FrameworkObject } from './framework-object';

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
export abstract class Component extends FrameworkObject {
  /** Where this component sits: `WebCharm/database`. Stable across hooks, so stored state and deferrals find it. */
  readonly path: string;

  constructor(parent: ComponentParent, key?: string) {
    super(parent.framework);
    this.path = `${this.framework.pathOf(parent)}/${key ?? this.constructor.name}`;
    this.framework.register(this, this.path);
  }
}
