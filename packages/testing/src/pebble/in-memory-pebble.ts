import { deepCopy } from './deep-copy';
import { Readable } from 'node:stream';
import { APIError, PlanError, addLayerTo, combineLayers, formatDuration, parseLayer } from '@jujuts/ops/pebble';
import type { Change, LabelledLayer, Layer, Plan, ServiceStatus, SystemInfo } from '@jujuts/ops/pebble';
import { ChangeLog, type TaskSpec } from './change-log';
import { CheckTable } from './check-table';
import { decideCheckFailure, type CheckActionRecord, type PebbleExit } from './check-failure';
import { ExecHandlers, mergeServiceContext, toReadable, withTimeout, type ExecArgs, type ExecHandler, type ExecRequest, type ExecResult } from './exec-handlers';
import { FileTree } from './file-tree';
import { NoticeStore } from './notice-store';
import { ServiceTable } from './service-table';

/** Options for a new {@link InMemoryPebble}. */
export interface InMemoryPebbleOptions {
  /**
   * Host directory standing for the container's `/`, for files that must be
   * real from the start. By default files are kept in memory and moved to a
   * temporary directory only when `files.root` is first asked for.
   */
  root?: string;
  /** Clock for change and notice times. */
  now?: () => Date;
  /** What system-info reports. */
  version?: string;
}

/** A started exec: its change, and the function that runs it once stdin is complete. */
export interface StartedExec {
  changeId: string;
  taskId: string;
  request: Omit<ExecRequest, 'stdin'>;
  /** Runs the handler; resolves with its output (streams for stdout/stderr) once the change is finished. */
  run(stdin: Buffer): Promise<{ exitCode: number | undefined; stdout: Readable; stderr: Readable }>;
}

/** One exec as recorded in {@link InMemoryPebble.execHistory}. */
export interface ExecRecord extends ExecRequest {
  exitCode: number | undefined;
}

/** A signal sent with `sendSignal`, as recorded. */
export interface SignalRecord {
  signal: string;
  services: string[];
}

export type { CheckActionRecord, PebbleExit } from './check-failure';

/**
 * A faithful in-memory model of one container's Pebble: layers and plan
 * (with Pebble's merge rules), services with their state, changes, checks,
 * notices, a file tree (in memory, or real files once a host path is
 * needed), and exec answered by
 * handlers. Errors are the ones the real client raises for the same call.
 * Serve it with {@link InMemoryPebbleClient} or `startPebbleServer`.
 */
export class InMemoryPebble {
  /** When false, every client call fails with ConnectionError, as when the socket is missing. */
  canConnect = true;
  /** Every exec run, in order. */
  readonly execHistory: ExecRecord[] = [];
  /** Every signal sent to services, in order. */
  readonly signals: SignalRecord[] = [];
  /** Every `on-check-failure` action taken when a check went down, in order. */
  readonly checkActions: CheckActionRecord[] = [];
  readonly changes: ChangeLog;
  readonly services: ServiceTable;
  readonly checks: CheckTable;
  readonly notices: NoticeStore;
  readonly files: FileTree;
  readonly exec = new ExecHandlers();
  private layerList: LabelledLayer[] = [];
  private currentPlan: Plan = { services: {}, checks: {}, 'log-targets': {} };
  private readonly version: string;
  private exitRecord: PebbleExit | undefined;
  private readonly exitListeners = new Set<(exit: PebbleExit) => void>();

  constructor(options: InMemoryPebbleOptions = {}) {
    const now = options.now ?? (() => new Date());
    this.version = options.version ?? '1.19.0';
    this.changes = new ChangeLog(now);
    this.services = new ServiceTable(() => this.currentPlan, now);
    this.notices = new NoticeStore(now);
    this.checks = new CheckTable(
      () => this.currentPlan,
      (type, key) => {
        this.notices.record({ type, key, userId: null });
        if (type === 'check-failed') this.actOnCheckFailure(key);
      },
    );
    this.files = new FileTree({ root: options.root, now });
  }

  /** Why Pebble exited (an `on-check-failure` shutdown), or undefined while it runs. */
  get exited(): PebbleExit | undefined {
    return this.exitRecord === undefined ? undefined : { ...this.exitRecord };
  }

  /** Calls `listener` when Pebble exits, as the server stand-in does to drop its socket; returns the unsubscribe. */
  onExit(listener: (exit: PebbleExit) => void): () => void {
    this.exitListeners.add(listener);
    return () => this.exitListeners.delete(listener);
  }

  /** `GET /v1/system-info`. */
  systemInfo(): SystemInfo {
    return { version: this.version };
  }

  /** The layers in order, as Pebble holds them. */
  get layers(): readonly LabelledLayer[] {
    return deepCopy(this.layerList);
  }

  /** The combined plan. */
  get plan(): Plan {
    return deepCopy(this.currentPlan);
  }

  /** `POST /v1/layers`; a layer breaking Pebble's rules is refused with APIError 400 and nothing changes. */
  addLayer(label: string, layer: Layer | string, combine = false): void {
    try {
      const parsed = typeof layer === 'string' ? parseLayer(layer) : layer;
      this.layerList = addLayerTo(this.layerList, label, parsed, combine);
      this.currentPlan = combineLayers(this.layerList);
    } catch (err) {
      if (err instanceof PlanError) throw new APIError(400, 'Bad Request', err.message);
      throw err;
    }
    this.checks.syncWithPlan();
  }

  /** `POST /v1/services`: runs the action and records its change (in Error if a task failed). */
  serviceAction(action: 'start' | 'stop' | 'restart' | 'replan' | 'autostart', names: readonly string[] = []): Change {
    if ((action === 'replan' || action === 'autostart') && names.length > 0) {
      throw new APIError(400, 'Bad Request', `${action} accepts no service names`);
    }
    if ((action === 'start' || action === 'stop' || action === 'restart') && names.length === 0) {
      throw new APIError(400, 'Bad Request', `must specify services for ${action} action`);
    }
    const requested = action === 'autostart' ? this.services.defaultNames() : names;
    let tasks: TaskSpec[];
    if (action === 'replan') tasks = this.services.replan();
    else if (action === 'stop') tasks = this.services.stop(requested);
    else if (action === 'restart') tasks = this.services.restart(requested);
    else tasks = this.services.start(requested);
    const title = action.charAt(0).toUpperCase() + action.slice(1);
    // Pebble names the first requested service (replan: the first affected, sorted) and counts the rest.
    const involved = [...new Set(tasks.map((t) => t.summary.split('"')[1] ?? ''))];
    const first = requested[0] ?? [...involved].sort()[0] ?? '';
    const summary =
      tasks.length === 0
        ? `${title} - no services`
        : involved.length === 1
          ? `${title} service "${first}"`
          : `${title} service "${first}" and ${involved.length - 1} more`;
    return this.changes.record(action, summary, tasks);
  }

  /** The current status of one service (`inactive` if never started). */
  serviceStatus(name: string): ServiceStatus {
    return this.services.status(name);
  }

  /** `POST /v1/signals`: recorded; refused for services that are not running. */
  sendSignal(signal: string, services: readonly string[]): void {
    if (services.length === 0) throw new APIError(400, 'Bad Request', 'must specify one or more services');
    if (!/^SIG[A-Z0-9]+$/.test(signal)) throw new APIError(500, 'Internal Server Error', `invalid signal name "${signal}"`);
    this.services.checkSignal(services);
    this.signals.push({ signal, services: [...services] });
  }

  /** Registers an exec handler (or a fixed result) for commands starting with `prefix`. */
  handleExec(prefix: readonly string[] | string, handler: ExecHandler | ExecResult): void {
    this.exec.register(typeof prefix === 'string' ? [prefix] : prefix, handler);
  }

  /** `POST /v1/exec`: finds the handler now (refusing unknown executables), runs it when stdin is complete. */
  startExec(args: ExecArgs): StartedExec {
    const request = mergeServiceContext(this.currentPlan, args);
    const handler = this.exec.find(request.command);
    const summary = `Execute command "${request.command[0] ?? ''}"`;
    const { changeId, taskId } = this.changes.begin('exec', summary, { kind: 'exec', summary });
    const run = async (stdin: Buffer) => {
      const full: ExecRequest = { ...request, stdin };
      let result: ExecResult | void | 'timeout';
      try {
        result = await withTimeout(Promise.resolve().then(() => handler(full)), request.timeout);
      } catch (err) {
        // A throwing handler is the test's bug: fail the change with its message rather than hang.
        this.execHistory.push({ ...full, exitCode: undefined });
        this.changes.finish(changeId, { error: `exec handler for ${JSON.stringify(request.command)} threw: ${(err as Error).message}` });
        return { exitCode: undefined, stdout: Readable.from([]), stderr: Readable.from([]) };
      }
      if (result === 'timeout') {
        this.execHistory.push({ ...full, exitCode: undefined });
        this.changes.finish(changeId, { error: `timed out after ${formatDuration(request.timeout ?? 0)}: context deadline exceeded` });
        return { exitCode: undefined, stdout: Readable.from([]), stderr: Readable.from([]) };
      }
      const exitCode = result?.exitCode ?? 0;
      this.execHistory.push({ ...full, exitCode });
      this.changes.finish(changeId, { data: { 'exit-code': exitCode } });
      return { exitCode, stdout: toReadable(result?.stdout), stderr: toReadable(result?.stderr) };
    };
    return { changeId, taskId, request, run };
  }

  /** Pebble's `on-check-failure` actions for a check that just went down (a Pebble that has exited runs no checks). */
  private actOnCheckFailure(check: string): void {
    if (this.exitRecord !== undefined) return;
    const { actions, exit } = decideCheckFailure(this.currentPlan, (service) => this.services.status(service), check);
    for (const taken of actions) {
      this.checkActions.push(taken);
      if (taken.action === 'restart') this.services.restartForCheck(taken.service);
    }
    if (exit !== undefined) this.exit(exit);
  }

  /** Pebble stops its services and exits: nothing answers on the socket any more. */
  private exit(exit: PebbleExit): void {
    const stops = this.services.stopRunning();
    if (stops.length > 0) this.changes.record('stop', 'Stop all running services', stops);
    this.exitRecord = exit;
    this.canConnect = false;
    for (const listener of [...this.exitListeners]) listener({ ...exit });
  }

  /** Drops the files (and the temporary directory, if the tree was moved to disk). */
  dispose(): void {
    this.files.dispose();
  }
}
