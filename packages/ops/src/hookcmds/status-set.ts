import { InvalidStatusError } from '../errors';
import type { StatusName } from '../backend/backend-types';
import type { HookCommandRunner } from './run-hook-command';

/** The statuses a charm may set; `unknown` and `error` belong to Juju. */
export type SettableStatus = Exclude<StatusName, 'unknown' | 'error'>;

const SETTABLE: ReadonlySet<string> = new Set<SettableStatus>(['active', 'blocked', 'maintenance', 'waiting']);

/** `status-set [--application] STATUS -- [MESSAGE]`; the `--` keeps a message starting with `-` from being read as a flag. */
export function statusSet(run: HookCommandRunner, status: SettableStatus, message: string, isApp: boolean): void {
  assertSettableStatus(status);
  const args = [...(isApp ? ['--application'] : []), status, '--', ...(message === '' ? [] : [message])];
  run({ command: 'status-set', args });
}

/** Throws {@link InvalidStatusError} when `status` is one only Juju sets (`unknown`, `error`) or no status at all. */
export function assertSettableStatus(status: string): asserts status is SettableStatus {
  if (!SETTABLE.has(status)) {
    throw new InvalidStatusError(
      `status-set: "${String(status)}" is not a status a charm may set; use one of active, blocked, maintenance, waiting`,
    );
  }
}
