import { EventBase } from './event-base';

/**
 * Base class for a component's own events (`databaseCreated`). The data is a
 * JSON-serialisable object so the event can be deferred and rebuilt.
 *
 * @example
 * ```ts
 * export class DatabaseCreatedEvent extends CustomEvent<{ username: string }> {}
 * ```
 */
export class CustomEvent<TData = Record<string, never>> extends EventBase {
  constructor(
    /** The event's JSON-serialisable payload. */
    readonly data: TData,
    /** @internal The path of the source that emitted it. */
    readonly sourcePath = '',
  ) {
    super({ kind: 'custom', source: sourcePath, data }, true);
  }

  /** The source path, used in logs. */
  get displayName(): string {
    return this.sourcePath || this.constructor.name;
  }
}
