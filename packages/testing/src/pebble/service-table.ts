import { APIError } from '@jujuts/ops/pebble';
import type { Plan, Service, ServiceInfo, ServiceStatus } from '@jujuts/ops/pebble';
import type { TaskSpec } from './change-log';
import { startOrder, stopOrder } from './service-order';

interface ServiceState {
  current: ServiceStatus;
  /** When `current` last changed, as Pebble's `current-since`. */
  since?: Date;
  /** The config the running process was started with, to tell what replan must restart. */
  startedWith?: string;
}

/**
 * Services' state in the in-memory Pebble. Starting, stopping and
 * restarting produce the tasks Pebble's change would have, including the
 * "already started" logs and the start failures a test arranged.
 */
export class ServiceTable {
  private readonly states = new Map<string, ServiceState>();
  private readonly startFailures = new Map<string, string>();

  constructor(
    private readonly plan: () => Plan,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The plan's services with their state, sorted by name, optionally only `names`. */
  list(names?: readonly string[]): ServiceInfo[] {
    const plan = this.plan();
    return Object.keys(plan.services)
      .filter((n) => names === undefined || names.length === 0 || names.includes(n))
      .sort()
      .map((name) => {
        const state = this.states.get(name);
        return {
          name,
          // Pebble reports a service not marked enabled as disabled, never as unset.
          startup: plan.services[name]?.startup === 'enabled' ? 'enabled' : 'disabled',
          current: state?.current ?? 'inactive',
          ...(state?.since === undefined ? {} : { currentSince: new Date(state.since) }),
        };
      });
  }

  /** The service's current status (`inactive` if never started). */
  status(name: string): ServiceStatus {
    return this.states.get(name)?.current ?? 'inactive';
  }

  /** When the service's status last changed (Pebble's `current-since`); undefined if it never ran. */
  currentSince(name: string): Date | undefined {
    return this.states.get(name)?.since;
  }

  /** Sets a service's status directly, to simulate a crash or backoff. */
  setStatus(name: string, current: ServiceStatus): void {
    this.set(name, { ...this.states.get(name), current });
  }

  /** Makes the next starts of `name` fail with `message` (undefined clears it). */
  setStartFailure(name: string, message: string | undefined): void {
    if (message === undefined) this.startFailures.delete(name);
    else this.startFailures.set(name, message);
  }

  /** Starts the services and those they require; returns the tasks. */
  start(names: readonly string[]): TaskSpec[] {
    const plan = this.plan();
    return startOrder(plan, names).map((name) => this.startOne(name, plan.services[name] as Service));
  }

  /** Stops the services and those that require them; returns the tasks. */
  stop(names: readonly string[]): TaskSpec[] {
    return stopOrder(this.plan(), names).map((name) => this.stopOne(name));
  }

  /** Stops then starts the services (restart of a stopped service just starts it). */
  restart(names: readonly string[]): TaskSpec[] {
    const plan = this.plan();
    const stops = stopOrder(plan, names)
      .filter((n) => names.includes(n) && this.status(n) === 'active')
      .map((n) => this.stopOne(n));
    return [...stops, ...this.start(names)];
  }

  /** The services with `startup: enabled`; APIError like Pebble's when there are none. */
  defaultNames(): string[] {
    const names = Object.entries(this.plan().services)
      .filter(([, s]) => s.startup === 'enabled')
      .map(([n]) => n);
    if (names.length === 0) throw new APIError(400, 'Bad Request', 'no default services', 'no-default-services');
    return names;
  }

  /** Pebble's replan: restart running services whose config changed, start enabled ones. */
  replan(): TaskSpec[] {
    const plan = this.plan();
    const changed = [...this.states.entries()]
      .filter(([n, s]) => s.current === 'active' && plan.services[n] !== undefined && s.startedWith !== JSON.stringify(plan.services[n]))
      .map(([n]) => n);
    const enabled = Object.entries(plan.services)
      .filter(([, s]) => s.startup === 'enabled')
      .map(([n]) => n);
    const stops = changed.length > 0 ? stopOrder(plan, changed).filter((n) => this.status(n) === 'active') : [];
    const stopTasks = stops.map((n) => this.stopOne(n));
    const toStart = [...new Set([...enabled, ...stops])];
    return [...stopTasks, ...(toStart.length > 0 ? this.start(toStart) : [])];
  }

  /**
   * Pebble's restart after a failed check: no change is recorded; a running
   * service is terminated, waits out its backoff and starts again, and one
   * that had exited starts after its backoff. Both end `active` with a new
   * `current-since`. A service in backoff is left to its pending restart.
   */
  restartForCheck(name: string): void {
    const config = this.plan().services[name];
    const current = this.status(name);
    if (config === undefined || (current !== 'active' && current !== 'error')) return;
    if (current === 'active') this.set(name, { current: 'inactive' });
    this.set(name, { current: 'backoff' });
    this.startOne(name, config);
  }

  /** Stops every running or backing-off service, as Pebble does before it exits; returns the tasks. */
  stopRunning(): TaskSpec[] {
    const plan = this.plan();
    const running = Object.keys(plan.services).filter((n) => ['active', 'backoff'].includes(this.status(n)));
    if (running.length === 0) return [];
    return stopOrder(plan, running)
      .filter((n) => running.includes(n))
      .map((n) => {
        this.set(n, { current: 'inactive' });
        return { kind: 'stop', summary: `Stop service "${n}"` };
      });
  }

  /** Refuses a signal to a service that is not running, as Pebble does. */
  checkSignal(names: readonly string[]): void {
    const plan = this.plan();
    for (const name of names) {
      if (plan.services[name] === undefined) throw new APIError(500, 'Internal Server Error', `service "${name}" does not exist`);
      if (this.status(name) !== 'active') {
        throw new APIError(500, 'Internal Server Error', `cannot send signal to "${name}": service is not running`);
      }
    }
  }

  private startOne(name: string, config: Service): TaskSpec {
    const summary = `Start service "${name}"`;
    if (this.status(name) === 'active') return { kind: 'start', summary, log: [`Service "${name}" already started.`] };
    const failure = this.startFailures.get(name);
    if (failure !== undefined) {
      this.set(name, { current: 'error' });
      return { kind: 'start', summary, error: `cannot start service: ${failure}` };
    }
    this.set(name, { current: 'active', startedWith: JSON.stringify(config) });
    return { kind: 'start', summary };
  }

  private stopOne(name: string): TaskSpec {
    const summary = `Stop service "${name}"`;
    if (this.status(name) !== 'active') return { kind: 'stop', summary, log: [`Service "${name}" already stopped.`] };
    this.set(name, { current: 'inactive' });
    return { kind: 'stop', summary };
  }

  /** Stores a state; `current-since` moves only when the status changes, as in Pebble. */
  private set(name: string, next: ServiceState): void {
    const before = this.states.get(name);
    const since = (before?.current ?? 'inactive') === next.current ? before?.since : this.now();
    this.states.set(name, { ...next, ...(since === undefined ? {} : { since }) });
  }
}
