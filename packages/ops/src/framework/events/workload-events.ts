import type { Container } from '../../model';
import type { EventKind } from '../event-table';
import type { EventSnapshot } from '../event-snapshot';
import { HookEvent } from './hook-event';

/** Base of the events about a workload container. */
export abstract class WorkloadEvent extends HookEvent {
  constructor(
    snapshot: EventSnapshot,
    kind: EventKind,
    /** The container the event is about; all its Pebble calls are async. */
    readonly workload: Container,
  ) {
    super(snapshot, kind);
  }
}

/** `<container>-pebble-ready`: Pebble in the container answers; add layers and replan here. */
export class PebbleReadyEvent extends WorkloadEvent {
  readonly kind = 'pebble-ready' as const;
}

/** A Pebble notice as Juju passes it in `JUJU_NOTICE_*`. */
export interface NoticeRef {
  readonly id: string;
  readonly type: string;
  readonly key: string;
}

/** `<container>-pebble-custom-notice`: a workload recorded a custom notice (`pebble notify`). */
export class PebbleCustomNoticeEvent extends WorkloadEvent {
  readonly kind = 'pebble-custom-notice' as const;
  /** The notice's id, type and key. */
  get notice(): NoticeRef {
    return { id: this.snapshot.noticeId ?? '', type: this.snapshot.noticeType ?? '', key: this.snapshot.noticeKey ?? '' };
  }
}

/** A Pebble check named by `JUJU_PEBBLE_CHECK_NAME`. */
export interface CheckRef {
  readonly name: string;
}

/** `<container>-pebble-check-failed`: a check reached its failure threshold. */
export class PebbleCheckFailedEvent extends WorkloadEvent {
  readonly kind = 'pebble-check-failed' as const;
  /** The check that failed. */
  get check(): CheckRef {
    return { name: this.snapshot.checkName ?? '' };
  }
}

/** `<container>-pebble-check-recovered`: a failed check passes again. */
export class PebbleCheckRecoveredEvent extends WorkloadEvent {
  readonly kind = 'pebble-check-recovered' as const;
  /** The check that recovered. */
  get check(): CheckRef {
    return { name: this.snapshot.checkName ?? '' };
  }
}
