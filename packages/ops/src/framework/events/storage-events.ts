import type { Storage } from '../../model';
import type { EventKind } from '../event-table';
import type { EventSnapshot } from '../event-snapshot';
import { HookEvent } from './hook-event';

/** Base of the storage events. */
export abstract class StorageEvent extends HookEvent {
  constructor(
    snapshot: EventSnapshot,
    kind: EventKind,
    /** The storage instance (`data/0`). */
    readonly storage: Storage,
  ) {
    super(snapshot, kind);
  }
}
/** `<storage>-storage-attached`: the storage is available at `storage.location`. */
export class StorageAttachedEvent extends StorageEvent {
  readonly kind = 'storage-attached' as const;
}
/** `<storage>-storage-detaching`: the storage is about to go. */
export class StorageDetachingEvent extends StorageEvent {
  readonly kind = 'storage-detaching' as const;
}
