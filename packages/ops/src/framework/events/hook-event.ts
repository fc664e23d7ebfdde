import type { EventKind } from '../event-table';
import type { EventSnapshot } from '../event-snapshot';
import { EventBase } from './event-base';

/** An event Juju delivers as a hook (or action): named after its table row and scope. */
export abstract class HookEvent extends EventBase {
  constructor(
    snapshot: EventSnapshot,
    /** The event table row this event was built from. */
    readonly eventKind: EventKind,
  ) {
    super(snapshot, eventKind.deferrable);
  }

  /** The Juju hook name, for example `db-relation-joined`. */
  get displayName(): string {
    return this.snapshot.scope ? `${this.snapshot.scope}-${this.eventKind.hook}` : this.eventKind.hook;
  }
}
