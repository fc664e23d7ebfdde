import type { StatusName } from '../backend/backend-types';
import { InvalidStatusError } from '../errors';

/** Statuses a charm may set; Juju sets `unknown` and `error` itself. */
export type SettableStatusName = Exclude<StatusName, 'unknown' | 'error'>;

// collect-status reports the most severe status any handler added.
const PRIORITY: Readonly<Record<StatusName, number>> = {
  error: 5,
  blocked: 4,
  maintenance: 3,
  waiting: 2,
  active: 1,
  unknown: 0,
};

/** A unit or application status: a Juju status name and a message. */
export abstract class StatusBase {
  /** The Juju status name, for example `active`. */
  abstract readonly name: StatusName;
  /** The message shown next to the status (may be empty). */
  readonly message: string;

  constructor(message = '') {
    if (typeof message !== 'string') {
      throw new InvalidStatusError(`a status message must be a string, got ${typeof message}`);
    }
    this.message = message;
  }

  /** Whether `other` is a status with the same name and message. */
  equals(other: unknown): boolean {
    return other instanceof StatusBase && other.name === this.name && other.message === this.message;
  }

  /** `name` or `name: message`. */
  toString(): string {
    return this.message ? `${this.name}: ${this.message}` : this.name;
  }

  /** The status class instance for a Juju status name, as `status-get` reports it. */
  static fromName(name: string, message = ''): StatusBase {
    switch (name) {
      case 'active':
        return new ActiveStatus(message);
      case 'blocked':
        return new BlockedStatus(message);
      case 'maintenance':
        return new MaintenanceStatus(message);
      case 'waiting':
        return new WaitingStatus(message);
      case 'error':
        return new ErrorStatus(message);
      case 'unknown':
        return new UnknownStatus(message);
      default:
        throw new InvalidStatusError(
          `unknown status name '${name}': expected one of ${Object.keys(PRIORITY).join(', ')}`,
        );
    }
  }

  /**
   * The most severe of `statuses` (error > blocked > maintenance > waiting >
   * active > unknown), or undefined for none; the first wins a tie.
   */
  static highestPriority(statuses: Iterable<StatusBase>): StatusBase | undefined {
    let best: StatusBase | undefined;
    for (const s of statuses) {
      if (best === undefined || PRIORITY[s.name] > PRIORITY[best.name]) best = s;
    }
    return best;
  }
}

/** The workload is ready and working. */
export class ActiveStatus extends StatusBase {
  readonly name = 'active' as const;
}

/** The unit needs a human to act (missing relation, bad config, …). */
export class BlockedStatus extends StatusBase {
  readonly name = 'blocked' as const;
}

/** The charm is doing work of its own (installing, configuring). */
export class MaintenanceStatus extends StatusBase {
  readonly name = 'maintenance' as const;
}

/** The charm waits for something outside its control (another unit, a relation). */
export class WaitingStatus extends StatusBase {
  readonly name = 'waiting' as const;
}

/** Juju does not know the status yet. Charms cannot set it. */
export class UnknownStatus extends StatusBase {
  readonly name = 'unknown' as const;
}

/** A hook failed. Only Juju sets this; charms cannot. */
export class ErrorStatus extends StatusBase {
  readonly name = 'error' as const;
}

/** Throws {@link InvalidStatusError} unless `status` is one a charm may set. */
export function assertSettableStatus(status: unknown, target: string): asserts status is StatusBase & { name: SettableStatusName } {
  if (!(status instanceof StatusBase)) {
    throw new InvalidStatusError(`cannot set the status of ${target}: expected a StatusBase such as new ActiveStatus(), got ${String(status)}`);
  }
  if (status.name === 'unknown' || status.name === 'error') {
    throw new InvalidStatusError(
      `cannot set the status of ${target} to '${status.name}': only Juju sets it; charms may set active, blocked, maintenance or waiting`,
    );
  }
}
