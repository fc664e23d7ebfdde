import { DeferError } from '../../errors';
import type { EventSnapshot } from '../event-snapshot';

/**
 * Base class of every event a handler receives. One object is passed to all
 * handlers of an emission, in order; `defer()` applies to the handler that
 * calls it.
 */
export abstract class EventBase {
  /** @internal Set by `defer()`, read and cleared by the framework after each handler. */
  deferRequested = false;

  constructor(
    /** The data this event is rebuilt from when it is re-emitted after a deferral. */
    readonly snapshot: EventSnapshot,
    /** Whether Juju (or the framework) can deliver this event again later. */
    readonly deferrable: boolean,
  ) {}

  /** The event's name as charm authors see it in logs (`config-changed`, `db-relation-joined`). */
  abstract get displayName(): string;

  /**
   * Asks for this handler to run again, with the same event, at the start of
   * the next dispatch. Deferred events are deduplicated and re-run in order.
   * Throws for events Juju will never deliver again (stop, remove,
   * secret-rotate, secret-expired, actions, collect-status): deferring those
   * would silently lose them.
   *
   * @example
   * ```ts
   * @web.pebbleReady
   * async onReady(e: PebbleReadyEvent) {
   *   if (!this.state.configured) return e.defer();
   * }
   * ```
   */
  defer(): void {
    if (!this.deferrable) {
      throw new DeferError(
        `${this.displayName} cannot be deferred: Juju will not deliver it again, so a deferred ${this.displayName} would be lost; handle it now or record what is left in stored state`,
      );
    }
    this.deferRequested = true;
  }
}
