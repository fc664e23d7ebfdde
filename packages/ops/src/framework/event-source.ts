import type { EventBase } from './events/event-base';

/** The part of the framework an event source needs: emitting to its observers. */
export interface EventEmitterHost {
  /** @internal */
  emitCustom(source: EventSource<EventBase>, event: EventBase): Promise<void>;
  /** @internal */
  observeCustom(source: EventSource<EventBase>, owner: object, method: string): void;
}

/**
 * A component's custom event, which charms observe with `@observe` (or
 * `source.observe(this, 'method')`). Emitting runs the observers in order and
 * awaits them.
 *
 * @example
 * ```ts
 * class DatabaseRequirer extends Component {
 *   readonly databaseCreated = this.defineEvent('databaseCreated', DatabaseCreatedEvent);
 * }
 * ```
 */
export class EventSource<E extends EventBase> {
  // A resolver rather than the host itself: a charm reused across hooks
  // (Harness `freshCharmPerEvent: false`) moves to each hook's framework.
  private readonly host: () => EventEmitterHost;

  constructor(
    host: EventEmitterHost | (() => EventEmitterHost),
    /** Unique path: owner path and event name (`WebCharm/db.databaseCreated`). */
    readonly path: string,
    /** Builds the event from its data (used when re-emitting a deferred event). */
    readonly create: (data: unknown, path: string) => E,
  ) {
    this.host = typeof host === 'function' ? host : () => host;
  }

  /** Builds the event with `data` and runs every observer. */
  async emit(data: E extends { data: infer D } ? D : never): Promise<void> {
    await this.host().emitCustom(this as unknown as EventSource<EventBase>, this.create(data, this.path));
  }

  /** Observes this source with `owner[method]` (imperative form of `@observe`). */
  observe(owner: object, method: string): void {
    this.host().observeCustom(this as unknown as EventSource<EventBase>, owner, method);
  }
}
