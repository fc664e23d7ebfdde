import type { Readable } from 'node:stream';
import { ChangeError, ConnectionError, TimeoutError } from '@jujuts/ops/pebble';
import type {
  AddLayerOptions, Change, ChangeState, CheckInfo, ExecOptions, ExecProcess, FileInfo, GetChecksOptions, Layer,
  ListFilesOptions, MakeDirOptions, Notice, NoticesFilter, PebbleClient, Plan, PushOptions, RequestOptions,
  ServiceChangeOptions, ServiceInfo, SystemInfo, Warning,
} from '@jujuts/ops/pebble';
import type { InMemoryPebble } from './in-memory-pebble';
import { startInMemoryExec } from './in-memory-exec';

/**
 * A {@link PebbleClient} that talks to an {@link InMemoryPebble} directly,
 * with the socket client's errors: ConnectionError while `canConnect` is
 * false, APIError, PathError, ChangeError, TimeoutError and ExecError.
 */
export class InMemoryPebbleClient implements PebbleClient {
  /** The socket path named in ConnectionError messages. */
  readonly socketPath: string;

  constructor(
    readonly pebble: InMemoryPebble,
    options: { socketPath?: string; container?: string } = {},
  ) {
    this.socketPath = options.socketPath ?? `/charm/containers/${options.container ?? 'workload'}/pebble.socket`;
  }

  async getSystemInfo(options?: RequestOptions): Promise<SystemInfo> {
    return this.call(options, () => this.pebble.systemInfo());
  }
  async getWarnings(options?: RequestOptions): Promise<Warning[]> {
    return this.call(options, () => []);
  }
  async ackWarnings(_timestamp: Date, options?: RequestOptions): Promise<number> {
    return this.call(options, () => 0);
  }
  async getChanges(options?: RequestOptions & { select?: ChangeState; service?: string }): Promise<Change[]> {
    return this.call(options, () => this.pebble.changes.list(options?.select, options?.service));
  }
  async getChange(id: string, options?: RequestOptions): Promise<Change> {
    return this.call(options, () => this.pebble.changes.get(id));
  }
  async waitChange(id: string, options?: RequestOptions): Promise<Change> {
    this.guard(options);
    const timeout = options?.timeout ?? 30_000;
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new TimeoutError(`timed out waiting for change ${id} (${timeout}ms)`, timeout)), timeout);
    });
    try {
      return await Promise.race([this.pebble.changes.whenReady(id), expired]);
    } finally {
      clearTimeout(timer);
    }
  }
  async abortChange(id: string, options?: RequestOptions): Promise<Change> {
    return this.call(options, () => this.pebble.changes.abort(id));
  }
  async autostartServices(options?: ServiceChangeOptions): Promise<string> {
    return this.serviceAction('autostart', [], options);
  }
  async replanServices(options?: ServiceChangeOptions): Promise<string> {
    return this.serviceAction('replan', [], options);
  }
  async startServices(names: string[], options?: ServiceChangeOptions): Promise<string> {
    return this.serviceAction('start', names, options);
  }
  async stopServices(names: string[], options?: ServiceChangeOptions): Promise<string> {
    return this.serviceAction('stop', names, options);
  }
  async restartServices(names: string[], options?: ServiceChangeOptions): Promise<string> {
    return this.serviceAction('restart', names, options);
  }
  async addLayer(label: string, layer: Layer | string, options?: AddLayerOptions): Promise<void> {
    this.call(options, () => this.pebble.addLayer(label, layer, options?.combine ?? false));
  }
  async getPlan(options?: RequestOptions): Promise<Plan> {
    return this.call(options, () => this.pebble.plan);
  }
  async getServices(names?: string[], options?: RequestOptions): Promise<ServiceInfo[]> {
    return this.call(options, () => this.pebble.services.list(names));
  }
  async getChecks(options?: GetChecksOptions): Promise<CheckInfo[]> {
    return this.call(options, () => this.pebble.checks.list(options?.level, options?.names));
  }
  async startChecks(names: string[], options?: RequestOptions): Promise<string[]> {
    return this.call(options, () => this.pebble.checks.start(names));
  }
  async stopChecks(names: string[], options?: RequestOptions): Promise<string[]> {
    return this.call(options, () => this.pebble.checks.stop(names));
  }
  async push(path: string, source: string | Buffer | Readable, options: PushOptions = {}): Promise<void> {
    this.guard(options);
    const data = typeof source === 'string' ? Buffer.from(source, options.encoding ?? 'utf8') : source;
    await this.pebble.files.write(path, data, options);
  }
  async pull(path: string, options?: RequestOptions): Promise<Readable> {
    this.guard(options);
    return this.pebble.files.read(path);
  }
  async pullText(path: string, options?: RequestOptions & { encoding?: BufferEncoding }): Promise<string> {
    return (await this.pullBuffer(path, options)).toString(options?.encoding ?? 'utf8');
  }
  async pullBuffer(path: string, options?: RequestOptions): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of await this.pull(path, options)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }
  async listFiles(path: string, options: ListFilesOptions = {}): Promise<FileInfo[]> {
    this.guard(options);
    return this.pebble.files.list(path, options);
  }
  async makeDir(path: string, options: MakeDirOptions = {}): Promise<void> {
    this.guard(options);
    await this.pebble.files.makeDir(path, options);
  }
  async removePath(path: string, options: RequestOptions & { recursive?: boolean } = {}): Promise<void> {
    this.guard(options);
    await this.pebble.files.remove(path, options);
  }
  exec(command: string[], options: ExecOptions & { encoding: null }): Promise<ExecProcess<Buffer>>;
  exec(command: string[], options?: ExecOptions): Promise<ExecProcess<string>>;
  async exec(command: string[], options: ExecOptions = {}): Promise<ExecProcess<string | Buffer>> {
    return this.call(options, () => startInMemoryExec(this.pebble, command, options));
  }
  async sendSignal(signal: string | number, services: string[], options?: RequestOptions): Promise<void> {
    this.call(options, () => this.pebble.sendSignal(String(signal), services));
  }
  async getNotices(filter?: NoticesFilter, options?: RequestOptions): Promise<Notice[]> {
    return this.call(options, () => this.pebble.notices.list(filter));
  }
  async getNotice(id: string, options?: RequestOptions): Promise<Notice> {
    return this.call(options, () => this.pebble.notices.get(id));
  }
  async notify(
    type: 'custom',
    key: string,
    data?: Record<string, string>,
    options?: RequestOptions & { repeatAfter?: number },
  ): Promise<string> {
    return this.call(options, () => this.pebble.notices.notify(type, key, data, options?.repeatAfter));
  }

  private async serviceAction(
    action: 'start' | 'stop' | 'restart' | 'replan' | 'autostart',
    names: string[],
    options?: ServiceChangeOptions,
  ): Promise<string> {
    const change = this.call(options, () => this.pebble.serviceAction(action, names));
    if (change.err !== undefined) throw new ChangeError(change.err, change);
    return change.id;
  }

  private call<T>(options: { signal?: AbortSignal } | undefined, fn: () => T): T {
    this.guard(options);
    return fn();
  }

  /** Fails as the socket client would: a missing socket, or an already aborted signal. */
  private guard(options: { signal?: AbortSignal } | undefined): void {
    if (!this.pebble.canConnect) throw ConnectionError.socketMissing(this.socketPath);
    options?.signal?.throwIfAborted();
  }
}
