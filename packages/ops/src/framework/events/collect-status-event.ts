import type { StatusBase } from '../../model';
import { EventBase } from './event-base';

/**
 * Emitted by the framework after every hook (`collectUnitStatus`, and
 * `collectAppStatus` on the leader). Each handler adds the statuses it
 * knows of; the highest priority one is set, once
 * (error > blocked > maintenance > waiting > active).
 */
export class CollectStatusEvent extends EventBase {
  readonly kind = 'collect-status' as const;
  private readonly collected: StatusBase[] = [];

  constructor(
    /** Whether this collects the application's status (else the unit's). */
    readonly forApp: boolean,
  ) {
    super({ kind: forApp ? 'collectAppStatus' : 'collectUnitStatus' }, false);
  }

  /** The hook-like name used in messages. */
  get displayName(): string {
    return this.forApp ? 'collect-app-status' : 'collect-unit-status';
  }

  /** Adds a candidate status. */
  addStatus(status: StatusBase): void {
    this.collected.push(status);
  }

  /** Every status added so far, in order. */
  get statuses(): readonly StatusBase[] {
    return this.collected;
  }
}
