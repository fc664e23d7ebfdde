import type { Plan, ServiceStatus } from '@jujuts/ops/pebble';

/** A service action Pebble took because a check failed (`on-check-failure`). */
export interface CheckActionRecord {
  check: string;
  service: string;
  action: string;
}

/** Why an in-memory Pebble exited: the `on-check-failure` shutdown that asked it to. */
export interface PebbleExit extends CheckActionRecord {
  action: 'shutdown' | 'success-shutdown';
  /** The code `pebble run` exits with: 11 after a check-failure `shutdown`, 0 after `success-shutdown`. */
  exitCode: 11 | 0;
}

/** What Pebble does when a check goes down: the actions taken, in service-name order, and the exit if one was asked for. */
export interface CheckFailureOutcome {
  actions: CheckActionRecord[];
  exit?: PebbleExit;
}

/** Pebble acts only on services that are running, backing off or exited; a stopped service is left alone. */
const ACTED_ON: readonly ServiceStatus[] = ['active', 'backoff', 'error'];

/**
 * Decides, as Pebble's service manager does, what a check going down makes
 * each service naming it in `on-check-failure` do. `ignore` and an unset
 * value do nothing (the action must be given: it does not default to
 * restart as `on-failure` does); `restart` waits for a pending backoff rather
 * than adding one; `shutdown` and `success-shutdown` ask Pebble to exit, and
 * the first service to ask decides the exit code. `failure-shutdown` is not
 * valid in `on-check-failure` (Pebble refuses the layer), so it does nothing.
 * See canonical/pebble internals/overlord/servstate (checkFailed).
 */
export function decideCheckFailure(plan: Plan, status: (service: string) => ServiceStatus, check: string): CheckFailureOutcome {
  const outcome: CheckFailureOutcome = { actions: [] };
  for (const service of Object.keys(plan.services).sort()) {
    const action = plan.services[service]?.['on-check-failure']?.[check];
    const current = status(service);
    if (action === undefined || !ACTED_ON.includes(current)) continue;
    if (action === 'restart' && current !== 'backoff') outcome.actions.push({ check, service, action });
    if (action === 'shutdown' || action === 'success-shutdown') {
      outcome.actions.push({ check, service, action });
      outcome.exit ??= { check, service, action, exitCode: action === 'shutdown' ? 11 : 0 };
    }
  }
  return outcome;
}
