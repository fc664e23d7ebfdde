import type { Readable } from 'node:stream';
import type { ExecOptions, ExecProcess } from './exec-types';
import type {
  Change,
  ChangeState,
  CheckInfo,
  CheckLevel,
  FileInfo,
  Layer,
  Notice,
  NoticesFilter,
  Plan,
  ServiceInfo,
  SystemInfo,
  Warning,
} from './types';

/** Options every call accepts. */
export interface RequestOptions {
  /** Aborts the request (and, for waits, the wait). */
  signal?: AbortSignal;
  /** Milliseconds of silence from Pebble before the call fails with TimeoutError (default 5 s; waits default to 30 s in all). */
  timeout?: number;
}

/** Options for {@link PebbleClient.push}. */
export interface PushOptions extends RequestOptions {
  /** Create missing parent directories (with mode 0755). */
  makeDirs?: boolean;
  /** Permission bits of the file, for example 0o600; Pebble's default is 0o644. */
  permissions?: number;
  userId?: number;
  user?: string;
  groupId?: number;
  group?: string;
  /** Encoding of a string source. Default `utf8`. */
  encoding?: BufferEncoding;
}

/** Options for {@link PebbleClient.makeDir}. */
export interface MakeDirOptions extends RequestOptions {
  makeParents?: boolean;
  /** Permission bits, for example 0o755 (Pebble's default). */
  permissions?: number;
  userId?: number;
  user?: string;
  groupId?: number;
  group?: string;
}

/** Options for {@link PebbleClient.listFiles}. */
export interface ListFilesOptions extends RequestOptions {
  /** A glob on names (`*.conf`). */
  pattern?: string;
  /** Describe the directory itself rather than its contents. */
  itself?: boolean;
}

/** Options for {@link PebbleClient.getChecks}. */
export interface GetChecksOptions extends RequestOptions {
  level?: CheckLevel;
  names?: string[];
}

/** Options for {@link PebbleClient.addLayer}. */
export interface AddLayerOptions extends RequestOptions {
  /** Combine into an existing layer with the same label instead of failing. */
  combine?: boolean;
}

/** Options for the service calls, which wait for their change. */
export interface ServiceChangeOptions extends RequestOptions {
  /** Milliseconds to wait for the change (default 30 s); the HTTP request itself uses `timeout`. */
  waitTimeout?: number;
}

/**
 * The Pebble API as a charm sees it: one instance per workload container.
 * The socket client and the in-memory client of `@jujuts/testing` both
 * implement it, with the same errors: ConnectionError when Pebble is not
 * reachable, APIError for refused requests, PathError for file operations,
 * ChangeError when a change fails, TimeoutError, ExecError.
 */
export interface PebbleClient {
  /** `GET /v1/system-info`. */
  getSystemInfo(options?: RequestOptions): Promise<SystemInfo>;
  /** `GET /v1/warnings`. */
  getWarnings(options?: RequestOptions & { select?: 'all' | 'pending' }): Promise<Warning[]>;
  /** `POST /v1/warnings`: acknowledges warnings up to `timestamp`; returns how many. */
  ackWarnings(timestamp: Date, options?: RequestOptions): Promise<number>;
  /** `GET /v1/changes`. */
  getChanges(options?: RequestOptions & { select?: ChangeState; service?: string }): Promise<Change[]>;
  /** `GET /v1/changes/{id}`. */
  getChange(id: string, options?: RequestOptions): Promise<Change>;
  /** Waits until the change is ready and returns it (it may have failed: check `err`). */
  waitChange(id: string, options?: RequestOptions): Promise<Change>;
  /** `POST /v1/changes/{id}` with `action: abort`. */
  abortChange(id: string, options?: RequestOptions): Promise<Change>;
  /** Starts the services marked `startup: enabled`; waits for the change and returns its id. */
  autostartServices(options?: ServiceChangeOptions): Promise<string>;
  /** Restarts services whose config changed and starts enabled ones; waits; returns the change id. */
  replanServices(options?: ServiceChangeOptions): Promise<string>;
  /** Starts services; waits; throws ChangeError if any fails. */
  startServices(names: string[], options?: ServiceChangeOptions): Promise<string>;
  /** Stops services; waits; returns the change id. */
  stopServices(names: string[], options?: ServiceChangeOptions): Promise<string>;
  /** Restarts services (stopping those running); waits; returns the change id. */
  restartServices(names: string[], options?: ServiceChangeOptions): Promise<string>;
  /** `POST /v1/layers`: adds (or with `combine`, combines into) the layer labelled `label`. */
  addLayer(label: string, layer: Layer | string, options?: AddLayerOptions): Promise<void>;
  /** `GET /v1/plan`: the combined configuration. */
  getPlan(options?: RequestOptions): Promise<Plan>;
  /** `GET /v1/services`: every service, or the named ones. */
  getServices(names?: string[], options?: RequestOptions): Promise<ServiceInfo[]>;
  /** `GET /v1/checks`. */
  getChecks(options?: GetChecksOptions): Promise<CheckInfo[]>;
  /** Starts stopped checks; returns the names actually started. */
  startChecks(names: string[], options?: RequestOptions): Promise<string[]>;
  /** Stops running checks; returns the names actually stopped. */
  stopChecks(names: string[], options?: RequestOptions): Promise<string[]>;
  /** Writes a file, streaming a Readable source; throws PathError on failure. */
  push(path: string, source: string | Buffer | Readable, options?: PushOptions): Promise<void>;
  /** Reads a file as a stream; throws PathError (for example `not-found`) before the stream starts. */
  pull(path: string, options?: RequestOptions): Promise<Readable>;
  /** Reads a whole file as text. */
  pullText(path: string, options?: RequestOptions & { encoding?: BufferEncoding }): Promise<string>;
  /** Reads a whole file as bytes. */
  pullBuffer(path: string, options?: RequestOptions): Promise<Buffer>;
  /** Lists a directory (or describes one file); throws PathError `not-found` if absent. */
  listFiles(path: string, options?: ListFilesOptions): Promise<FileInfo[]>;
  /** Creates a directory. */
  makeDir(path: string, options?: MakeDirOptions): Promise<void>;
  /** Removes a file or directory (a non-empty directory only with `recursive`). */
  removePath(path: string, options?: RequestOptions & { recursive?: boolean }): Promise<void>;
  /** Starts a command in the container. */
  exec(command: string[], options: ExecOptions & { encoding: null }): Promise<ExecProcess<Buffer>>;
  /** Starts a command in the container. */
  exec(command: string[], options?: ExecOptions): Promise<ExecProcess<string>>;
  /** Sends a signal (`SIGHUP`, …) to the named services' processes. */
  sendSignal(signal: string | number, services: string[], options?: RequestOptions): Promise<void>;
  /** `GET /v1/notices`. */
  getNotices(filter?: NoticesFilter, options?: RequestOptions): Promise<Notice[]>;
  /** `GET /v1/notices/{id}`; APIError 404 if absent. */
  getNotice(id: string, options?: RequestOptions): Promise<Notice>;
  /** Records a custom notice (key `domain.com/path`); returns its id. */
  notify(
    type: 'custom',
    key: string,
    data?: Record<string, string>,
    options?: RequestOptions & { repeatAfter?: number },
  ): Promise<string>;
}
