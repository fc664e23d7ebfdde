import type { Readable } from 'node:stream';
import type { ModelBackend } from '../backend/model-backend';
import { ModelError } from '../errors';
// Straight from errors: the pebble barrel would load the socket client and ws in every hook.
import { PathError, PebbleError } from '../pebble/errors';
import type {
  AddLayerOptions, CheckInfo, CheckLevel, ExecOptions, ExecProcess, FileInfo, Layer, ListFilesOptions, MakeDirOptions,
  Notice, NoticesFilter, PebbleClient, Plan, PushOptions, ServiceInfo,
} from '../pebble';
import { pullPaths, pushPaths } from './container-paths';

/**
 * A workload container of this unit, managed through its Pebble. Every call
 * goes to Pebble, so every call is async; the client is made on first use.
 *
 * @example
 * const web = this.unit.getContainer('web');
 * if (await web.canConnect()) {
 *   await web.push('/etc/web.conf', render(this.config), { makeDirs: true });
 *   await web.addLayer('web', layer, { combine: true });
 *   await web.replan();
 * }
 */
export class Container {
  private client: PebbleClient | undefined;

  constructor(
    /** The container name from metadata, for example `web`. */
    readonly name: string,
    private readonly backend: ModelBackend,
  ) {}

  /** The Pebble client for this container. */
  get pebble(): PebbleClient {
    this.client ??= this.backend.getPebble(this.name);
    return this.client;
  }

  /** Whether Pebble answers right now; false (never a throw) for any Pebble failure. */
  async canConnect(): Promise<boolean> {
    try {
      await this.pebble.getSystemInfo();
      return true;
    } catch (err) {
      if (err instanceof PebbleError) return false;
      throw err;
    }
  }

  /** Adds a layer (or with `combine`, combines into the layer with this label). */
  addLayer(label: string, layer: Layer | string, options?: AddLayerOptions): Promise<void> {
    return this.pebble.addLayer(label, layer, options);
  }

  /** The combined plan. */
  getPlan(): Promise<Plan> {
    return this.pebble.getPlan();
  }

  /** Restarts services whose config changed and starts the enabled ones. */
  async replan(): Promise<void> {
    await this.pebble.replanServices();
  }

  /** Starts the named services. */
  async start(...names: string[]): Promise<void> {
    await this.pebble.startServices(this.required('start', names));
  }

  /** Stops the named services. */
  async stop(...names: string[]): Promise<void> {
    await this.pebble.stopServices(this.required('stop', names));
  }

  /** Restarts the named services (starting those that are stopped). */
  async restart(...names: string[]): Promise<void> {
    await this.pebble.restartServices(this.required('restart', names));
  }

  /** The services by name: all, or the named ones. */
  async getServices(...names: string[]): Promise<Map<string, ServiceInfo>> {
    return new Map((await this.pebble.getServices(names)).map((s) => [s.name, s]));
  }

  /** One service; ModelError if the plan has no such service. */
  async getService(name: string): Promise<ServiceInfo> {
    const service = (await this.getServices(name)).get(name);
    if (service === undefined) throw new ModelError(`service "${name}" not found in container "${this.name}" (is it in a layer?)`);
    return service;
  }

  /** The checks by name, optionally only the named ones or those of one level. */
  async getChecks(options: { names?: string[]; level?: CheckLevel } = {}): Promise<Map<string, CheckInfo>> {
    return new Map((await this.pebble.getChecks(options)).map((c) => [c.name, c]));
  }

  /** One check; ModelError if the plan has no such check. */
  async getCheck(name: string): Promise<CheckInfo> {
    const check = (await this.getChecks({ names: [name] })).get(name);
    if (check === undefined) throw new ModelError(`check "${name}" not found in container "${this.name}" (is it in a layer?)`);
    return check;
  }

  /** Starts checks; returns those that were stopped. */
  startChecks(...names: string[]): Promise<string[]> {
    return this.pebble.startChecks(this.required('startChecks', names));
  }

  /** Stops checks; returns those that were running. */
  stopChecks(...names: string[]): Promise<string[]> {
    return this.pebble.stopChecks(this.required('stopChecks', names));
  }

  /** Writes a file in the container. */
  push(path: string, source: string | Buffer | Readable, options?: PushOptions): Promise<void> {
    return this.pebble.push(path, source, options);
  }

  /** Reads a file: text by default, a Buffer with `encoding: null`. */
  pull(path: string, options: { encoding: null }): Promise<Buffer>;
  pull(path: string, options?: { encoding?: BufferEncoding }): Promise<string>;
  pull(path: string, options: { encoding?: BufferEncoding | null } = {}): Promise<string | Buffer> {
    if (options.encoding === null) return this.pebble.pullBuffer(path);
    return this.pebble.pullText(path, { encoding: options.encoding ?? 'utf8' });
  }

  /** Reads a file as a stream, for files too large to hold. */
  pullStream(path: string): Promise<Readable> {
    return this.pebble.pull(path);
  }

  /** Copies local files or directories into `destDir` (`dir/*` copies the contents of `dir`). */
  pushPath(sources: string | readonly string[], destDir: string): Promise<void> {
    return pushPaths(this.pebble, typeof sources === 'string' ? [sources] : sources, destDir);
  }

  /** Copies container files or directories into the local `destDir` (`dir/*` copies the contents). */
  pullPath(sources: string | readonly string[], destDir: string): Promise<void> {
    return pullPaths(this.pebble, typeof sources === 'string' ? [sources] : sources, destDir);
  }

  /** Lists a directory, or describes one file. */
  listFiles(path: string, options?: ListFilesOptions): Promise<FileInfo[]> {
    return this.pebble.listFiles(path, options);
  }

  /** Whether anything exists at `path`. */
  async exists(path: string): Promise<boolean> {
    return (await this.stat(path)) !== undefined;
  }

  /** Whether `path` is a directory. */
  async isDir(path: string): Promise<boolean> {
    return (await this.stat(path))?.type === 'directory';
  }

  /** Creates a directory. */
  makeDir(path: string, options?: MakeDirOptions): Promise<void> {
    return this.pebble.makeDir(path, options);
  }

  /** Removes a file or directory (non-empty only with `recursive`). */
  removePath(path: string, options?: { recursive?: boolean }): Promise<void> {
    return this.pebble.removePath(path, options);
  }

  /** Runs a command in the container. */
  exec(command: string[], options: ExecOptions & { encoding: null }): Promise<ExecProcess<Buffer>>;
  exec(command: string[], options?: ExecOptions): Promise<ExecProcess<string>>;
  exec(command: string[], options?: ExecOptions): Promise<ExecProcess<string | Buffer>> {
    return this.pebble.exec(command, options);
  }

  /** Sends a signal to the named services. */
  sendSignal(signal: string | number, ...services: string[]): Promise<void> {
    return this.pebble.sendSignal(signal, this.required('sendSignal', services));
  }

  /** Notices recorded by this container's Pebble. */
  getNotices(filter?: NoticesFilter): Promise<Notice[]> {
    return this.pebble.getNotices(filter);
  }

  /** One notice by id. */
  getNotice(id: string): Promise<Notice> {
    return this.pebble.getNotice(id);
  }

  private async stat(path: string): Promise<FileInfo | undefined> {
    try {
      return (await this.pebble.listFiles(path, { itself: true }))[0];
    } catch (err) {
      if (err instanceof PathError && err.kind === 'not-found') return undefined;
      throw err;
    }
  }

  private required(method: string, names: string[]): string[] {
    if (names.length === 0) throw new TypeError(`Container.${method}() on "${this.name}" needs at least one name`);
    return names;
  }
}
