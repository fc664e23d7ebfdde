import { APIError } from '@jujuts/ops/pebble';
import type { Check, CheckInfo, CheckLevel, CheckStatus, Plan } from '@jujuts/ops/pebble';

interface CheckState {
  running: boolean;
  failures: number;
  successes: number;
  down: boolean;
}

/** Called when a check crosses its threshold or recovers, to record Pebble's notice. */
export type CheckTransition = (type: 'check-failed' | 'check-recovered', check: string) => void;

/**
 * Health checks of the in-memory Pebble. Nothing probes anything: a test
 * reports results with `fail`/`succeed`, and the failure counter, the
 * threshold, the up/down status and the notices follow Pebble's rules.
 */
export class CheckTable {
  private readonly states = new Map<string, CheckState>();

  constructor(
    private readonly plan: () => Plan,
    private readonly onTransition: CheckTransition,
  ) {}

  /** Pebble starts new checks when the plan changes, unless they have `startup: disabled`. */
  syncWithPlan(): void {
    const checks = this.plan().checks;
    for (const name of this.states.keys()) if (checks[name] === undefined) this.states.delete(name);
    for (const [name, check] of Object.entries(checks)) {
      if (!this.states.has(name)) {
        this.states.set(name, { running: check.startup !== 'disabled', failures: 0, successes: 0, down: false });
      }
    }
  }

  /** `GET /v1/checks`: sorted by name, filtered by exact level and names. */
  list(level?: CheckLevel, names?: readonly string[]): CheckInfo[] {
    if (level !== undefined && !['', 'alive', 'ready'].includes(level)) {
      throw new APIError(400, 'Bad Request', 'level must be "alive" or "ready"');
    }
    const checks = this.plan().checks;
    return Object.keys(checks)
      .sort()
      .filter((n) => !level || checks[n]?.level === level)
      .filter((n) => names === undefined || names.length === 0 || names.includes(n))
      .map((n) => this.info(n, checks[n] as Check));
  }

  /** Starts stopped checks; returns the names that changed, sorted. */
  start(names: readonly string[]): string[] {
    return this.setRunning(names, true, 'start');
  }

  /** Stops running checks; returns the names that changed, sorted. */
  stop(names: readonly string[]): string[] {
    return this.setRunning(names, false, 'stop');
  }

  /** Records one failed probe; at the threshold the check goes down (once) with a check-failed notice. */
  fail(name: string): void {
    const state = this.running(name);
    state.failures += 1;
    state.successes = 0;
    const threshold = this.plan().checks[name]?.threshold ?? 3;
    if (!state.down && state.failures >= threshold) {
      state.down = true;
      this.onTransition('check-failed', name);
    }
  }

  /** Records one successful probe; a down check recovers with a check-recovered notice. */
  succeed(name: string): void {
    const state = this.running(name);
    state.failures = 0;
    state.successes += 1;
    if (state.down) {
      state.down = false;
      this.onTransition('check-recovered', name);
    }
  }

  /**
   * Puts a check in `status` as a saved snapshot holds it, without the notice
   * or the `on-check-failure` actions of getting there: for restoring a
   * state in which Pebble has already acted. `down` counts `threshold` failures.
   */
  setStatus(name: string, status: CheckStatus): void {
    this.syncWithPlan();
    if (!this.states.has(name)) throw new Error(`InMemoryPebble: the plan has no check "${name}"`);
    const failures = status === 'down' ? (this.plan().checks[name]?.threshold ?? 3) : 0;
    this.states.set(name, { running: status !== 'inactive', failures, successes: 0, down: status === 'down' });
  }

  private running(name: string): CheckState {
    this.syncWithPlan();
    const state = this.states.get(name);
    if (state === undefined) throw new Error(`InMemoryPebble: the plan has no check "${name}"`);
    if (!state.running) throw new Error(`InMemoryPebble: check "${name}" is stopped; start it before reporting results`);
    return state;
  }

  private setRunning(names: readonly string[], running: boolean, action: string): string[] {
    if (names.length === 0) throw new APIError(400, 'Bad Request', `must specify checks for ${action} action`);
    this.syncWithPlan();
    const missing = names.filter((n) => !this.states.has(n));
    if (missing.length > 0) {
      throw new APIError(400, 'Bad Request', `cannot ${action} checks: cannot find checks: ${missing.join(', ')}`);
    }
    const changed = names.filter((n) => this.states.get(n)?.running !== running);
    for (const n of changed) this.states.set(n, { running, failures: 0, successes: 0, down: false });
    return [...new Set(changed)].sort();
  }

  private info(name: string, check: Check): CheckInfo {
    const state = this.states.get(name) ?? { running: check.startup !== 'disabled', failures: 0, successes: 0, down: false };
    return {
      name,
      level: check.level ?? '',
      startup: check.startup ?? 'enabled',
      status: !state.running ? 'inactive' : state.down ? 'down' : 'up',
      failures: state.failures,
      successes: state.successes,
      threshold: check.threshold ?? 3,
    };
  }
}
