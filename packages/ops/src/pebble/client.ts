import type { Readable } from 'node:stream';
import { APIError, ChangeError, ProtocolError, TimeoutError } from './errors';
import * as files from './client-files';
import { formatDuration } from './duration';
import { execOverWebsocket } from './exec-websocket';
import type { ExecOptions, ExecProcess } from './exec-types';
import { HttpTransport, type PebbleRequest } from './http-transport';
import { layerToYaml } from './layer-yaml';
import type {
  AddLayerOptions, GetChecksOptions, ListFilesOptions, MakeDirOptions, PebbleClient, PushOptions, RequestOptions,
  ServiceChangeOptions,
} from './pebble-client';
import type { Change, ChangeState, CheckInfo, FileInfo, Layer, Notice, NoticesFilter, Plan, ServiceInfo, SystemInfo, Warning } from './types';
import { parse } from 'yaml';
import { changeFromWire, checkInfoFromWire, noticeFromWire, serviceInfoFromWire, warningFromWire, type WireObject } from './wire-json';

/** Options for {@link Client}. */
export interface ClientOptions {
  /** Pebble's unix socket, on Kubernetes `/charm/containers/<name>/pebble.socket`. */
  socketPath: string;
  /** Default milliseconds of silence before a request fails (5 s). */
  timeout?: number;
}

const WAIT_SLICE_MS = 4000;
const DEFAULT_WAIT_MS = 30_000;

function list(value: unknown, what: string): WireObject[] {
  if (!Array.isArray(value)) throw new ProtocolError(`expected a list of ${what} from Pebble, got ${JSON.stringify(value)}`);
  return value as WireObject[];
}

function pick(o: RequestOptions | undefined): Pick<PebbleRequest, 'timeout' | 'signal'> {
  return { ...(o?.timeout === undefined ? {} : { timeout: o.timeout }), ...(o?.signal === undefined ? {} : { signal: o.signal }) };
}

/**
 * The Pebble client over its unix socket: JSON over HTTP/1.1, files as
 * multipart streams, exec over websockets.
 *
 * @example
 * const pebble = new Client({ socketPath: '/charm/containers/web/pebble.socket' });
 * await pebble.addLayer('web', layer, { combine: true });
 * await pebble.replanServices();
 */
export class Client implements PebbleClient {
  private readonly transport: HttpTransport;

  constructor(options: ClientOptions) {
    this.transport = new HttpTransport(options.socketPath, options.timeout ?? 5000);
  }

  /** The socket this client talks to. */
  get socketPath(): string {
    return this.transport.socketPath;
  }

  async getSystemInfo(o?: RequestOptions): Promise<SystemInfo> {
    const r = (await this.get('/v1/system-info', {}, o)) as WireObject;
    return { version: String(r['version'] ?? ''), ...(typeof r['boot-id'] === 'string' ? { bootId: r['boot-id'] } : {}) };
  }
  async getWarnings(o?: RequestOptions & { select?: 'all' | 'pending' }): Promise<Warning[]> {
    return list(await this.get('/v1/warnings', { select: o?.select ?? 'pending' }, o), 'warnings').map(warningFromWire);
  }
  async ackWarnings(timestamp: Date, o?: RequestOptions): Promise<number> {
    return Number(await this.post('/v1/warnings', { action: 'okay', timestamp: timestamp.toISOString() }, o));
  }
  async getChanges(o?: RequestOptions & { select?: ChangeState; service?: string }): Promise<Change[]> {
    const r = await this.get('/v1/changes', { select: o?.select ?? 'in-progress', for: o?.service }, o);
    return list(r, 'changes').map(changeFromWire);
  }
  async getChange(id: string, o?: RequestOptions): Promise<Change> {
    return changeFromWire((await this.get(`/v1/changes/${encodeURIComponent(id)}`, {}, o)) as WireObject);
  }
  async waitChange(id: string, o?: RequestOptions): Promise<Change> {
    return this.waitFor(id, o?.timeout ?? DEFAULT_WAIT_MS, o?.signal);
  }
  async abortChange(id: string, o?: RequestOptions): Promise<Change> {
    return changeFromWire((await this.post(`/v1/changes/${encodeURIComponent(id)}`, { action: 'abort' }, o)) as WireObject);
  }
  async autostartServices(o?: ServiceChangeOptions): Promise<string> {
    return this.services('autostart', [], o);
  }
  async replanServices(o?: ServiceChangeOptions): Promise<string> {
    return this.services('replan', [], o);
  }
  async startServices(names: string[], o?: ServiceChangeOptions): Promise<string> {
    return this.services('start', names, o);
  }
  async stopServices(names: string[], o?: ServiceChangeOptions): Promise<string> {
    return this.services('stop', names, o);
  }
  async restartServices(names: string[], o?: ServiceChangeOptions): Promise<string> {
    return this.services('restart', names, o);
  }
  async addLayer(label: string, layer: Layer | string, o?: AddLayerOptions): Promise<void> {
    const yaml = typeof layer === 'string' ? layer : layerToYaml(layer);
    await this.post('/v1/layers', { action: 'add', combine: o?.combine ?? false, label, format: 'yaml', layer: yaml }, o);
  }
  async getPlan(o?: RequestOptions): Promise<Plan> {
    const text = await this.get('/v1/plan', { format: 'yaml' }, o);
    const plan = (typeof text === 'string' ? parse(text) : null) as Partial<Plan> | null;
    return { services: plan?.services ?? {}, checks: plan?.checks ?? {}, 'log-targets': plan?.['log-targets'] ?? {} };
  }
  async getServices(names?: string[], o?: RequestOptions): Promise<ServiceInfo[]> {
    const r = await this.get('/v1/services', { names: names?.length ? names.join(',') : undefined }, o);
    return list(r, 'services').map(serviceInfoFromWire);
  }
  async getChecks(o?: GetChecksOptions): Promise<CheckInfo[]> {
    const r = await this.get('/v1/checks', { level: o?.level || undefined, names: o?.names?.length ? o.names.join(',') : undefined }, o);
    return list(r, 'checks').map(checkInfoFromWire);
  }
  async startChecks(names: string[], o?: RequestOptions): Promise<string[]> {
    return ((await this.post('/v1/checks', { action: 'start', checks: names }, o)) as { changed?: string[] }).changed ?? [];
  }
  async stopChecks(names: string[], o?: RequestOptions): Promise<string[]> {
    return ((await this.post('/v1/checks', { action: 'stop', checks: names }, o)) as { changed?: string[] }).changed ?? [];
  }
  push(path: string, source: string | Buffer | Readable, o?: PushOptions): Promise<void> {
    return files.pushFile(this.transport, path, source, o);
  }
  pull(path: string, o?: RequestOptions): Promise<Readable> {
    return files.pullFile(this.transport, path, o);
  }
  async pullText(path: string, o?: RequestOptions & { encoding?: BufferEncoding }): Promise<string> {
    return (await this.pullBuffer(path, o)).toString(o?.encoding ?? 'utf8');
  }
  async pullBuffer(path: string, o?: RequestOptions): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of await this.pull(path, o)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }
  listFiles(path: string, o?: ListFilesOptions): Promise<FileInfo[]> {
    return files.listFiles(this.transport, path, o);
  }
  makeDir(path: string, o?: MakeDirOptions): Promise<void> {
    return files.makeDir(this.transport, path, o);
  }
  removePath(path: string, o?: RequestOptions & { recursive?: boolean }): Promise<void> {
    return files.removePath(this.transport, path, o);
  }
  exec(command: string[], options: ExecOptions & { encoding: null }): Promise<ExecProcess<Buffer>>;
  exec(command: string[], options?: ExecOptions): Promise<ExecProcess<string>>;
  exec(command: string[], options: ExecOptions = {}): Promise<ExecProcess<string | Buffer>> {
    return execOverWebsocket(this.transport, (id, timeout) => this.waitFor(id, timeout ?? Infinity), command, options);
  }
  async sendSignal(signal: string | number, services: string[], o?: RequestOptions): Promise<void> {
    await this.post('/v1/signals', { signal: String(signal), services }, o);
  }
  async getNotices(filter: NoticesFilter = {}, o?: RequestOptions): Promise<Notice[]> {
    const query = {
      users: filter.users,
      'user-id': filter.userId === undefined ? undefined : String(filter.userId),
      types: filter.types?.length ? filter.types.join(',') : undefined,
      keys: filter.keys?.length ? filter.keys.join(',') : undefined,
      after: filter.after?.toISOString(),
    };
    return list(await this.get('/v1/notices', query, o), 'notices').map(noticeFromWire);
  }
  async getNotice(id: string, o?: RequestOptions): Promise<Notice> {
    return noticeFromWire((await this.get(`/v1/notices/${encodeURIComponent(id)}`, {}, o)) as WireObject);
  }
  async notify(type: 'custom', key: string, data?: Record<string, string>, o?: RequestOptions & { repeatAfter?: number }): Promise<string> {
    const body = { action: 'add', type, key, ...(data === undefined ? {} : { data }), ...(o?.repeatAfter === undefined ? {} : { 'repeat-after': formatDuration(o.repeatAfter) }) };
    return String(((await this.post('/v1/notices', body, o)) as { id?: unknown }).id);
  }

  private async get(path: string, query: Record<string, string | undefined>, o?: RequestOptions): Promise<unknown> {
    return (await this.transport.json({ method: 'GET', path, query, ...pick(o) })).result;
  }

  private async post(path: string, body: unknown, o?: RequestOptions): Promise<unknown> {
    return (await this.transport.json({ method: 'POST', path, body, ...pick(o) })).result;
  }

  private async services(action: string, names: string[], o?: ServiceChangeOptions): Promise<string> {
    const env = await this.transport.json({ method: 'POST', path: '/v1/services', body: { action, services: names }, ...pick(o) });
    if (env.change === undefined) throw new ProtocolError(`Pebble answered the ${action} request without a change id`);
    const change = await this.waitFor(env.change, o?.waitTimeout ?? DEFAULT_WAIT_MS, o?.signal);
    if (change.err !== undefined) throw new ChangeError(change.err, change);
    return change.id;
  }

  /** Long-polls `/wait` in slices so a slow change never looks like a dead socket. */
  private async waitFor(id: string, timeout: number, signal?: AbortSignal): Promise<Change> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new TimeoutError(`timed out after ${timeout}ms waiting for change ${id}`, timeout);
      const slice = Math.min(WAIT_SLICE_MS, remaining);
      try {
        const r = await this.transport.json({
          method: 'GET',
          path: `/v1/changes/${encodeURIComponent(id)}/wait`,
          query: { timeout: formatDuration(Math.ceil(slice)) },
          timeout: slice + this.transport.defaultTimeout,
          ...(signal === undefined ? {} : { signal }),
        });
        return changeFromWire(r.result as WireObject);
      } catch (err) {
        if (!(err instanceof APIError && err.code === 504)) throw err;
      }
    }
  }
}
