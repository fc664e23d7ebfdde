import type { StatusName } from '@jujuts/ops/internal';
import type { HookScope } from './hook-scope';
import { JujuError } from './juju-error';
import type { StatusState } from './juju-state';

const SETTABLE: readonly StatusName[] = ['maintenance', 'blocked', 'waiting', 'active'];

/** The application's status with each unit's, as `status-get --application` reports it. */
export interface AppStatusState extends StatusState {
  units: Record<string, StatusState>;
}

/**
 * `status-get` and `status-set`. A status applies at once (a failed hook
 * keeps it) and is recorded in the history; the application's status is the
 * leader's to read and write.
 */
export class FakeStatus {
  constructor(private readonly scope: HookScope) {}

  /** `status-get`: this unit's status. */
  unit(): StatusState {
    return { ...this.scope.view().unitStatus };
  }

  /** `status-get --application` (leader only). */
  app(): AppStatusState {
    const state = this.scope.view();
    if (!state.leader) throw new JujuError('this unit is not the leader');
    return { ...state.appStatus, units: { [this.scope.unitName]: { ...state.unitStatus } } };
  }

  /** `status-set [--application] STATUS -- MESSAGE`. */
  set(status: string, message: string, isApp: boolean): void {
    if (!SETTABLE.includes(status as StatusName)) {
      throw new JujuError(`invalid status "${status}", expected one of [${SETTABLE.join(' ')}]`);
    }
    if (isApp && !this.scope.view().leader) throw new JujuError('this unit is not the leader');
    const value: StatusState = { status: status as StatusName, message };
    this.scope.setNow(isApp ? 'appStatus' : 'unitStatus', { ...value });
    (isApp ? this.scope.outputs.appStatusHistory : this.scope.outputs.unitStatusHistory).push(value);
  }
}
