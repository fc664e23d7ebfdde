import type { Secret } from '../../model';
import type { EventKind } from '../event-table';
import type { EventSnapshot } from '../event-snapshot';
import { HookEvent } from './hook-event';

/** Base of the secret events. */
export abstract class SecretEvent extends HookEvent {
  constructor(
    snapshot: EventSnapshot,
    kind: EventKind,
    /** The secret the event is about (id and label from Juju). */
    readonly secret: Secret,
  ) {
    super(snapshot, kind);
  }
}

/** `secret-changed`: an observed secret has a new revision; call `secret.getContent({ refresh: true })`. */
export class SecretChangedEvent extends SecretEvent {
  readonly kind = 'secret-changed' as const;
}
/** `secret-rotate`: an owned secret is due for rotation (not deferrable). */
export class SecretRotateEvent extends SecretEvent {
  readonly kind = 'secret-rotate' as const;
}
/** `secret-expired`: a revision of an owned secret expired (not deferrable). */
export class SecretExpiredEvent extends SecretEvent {
  readonly kind = 'secret-expired' as const;
  /** The revision that expired. */
  get revision(): number {
    return this.snapshot.secretRevision ?? 0;
  }
}
/** `secret-remove`: no observer tracks this revision any more; remove it. */
export class SecretRemoveEvent extends SecretEvent {
  readonly kind = 'secret-remove' as const;
  /** The revision nobody tracks any more. */
  get revision(): number {
    return this.snapshot.secretRevision ?? 0;
  }
}
