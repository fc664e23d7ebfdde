import type { Change } from './types';

/** Base class of every error the Pebble client raises. */
export class PebbleError extends Error {
  override name = 'PebbleError';
}

/**
 * Pebble could not be reached: the socket is missing, refused the connection
 * or hung up. On Kubernetes this usually means the workload container is not
 * ready yet (wait for pebble-ready, or check `container.canConnect()`).
 */
export class ConnectionError extends PebbleError {
  override name = 'ConnectionError';
  constructor(
    message: string,
    /** The socket path that was tried. */
    readonly socketPath?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** The error for a socket file that does not exist. */
  static socketMissing(socketPath: string, cause?: unknown): ConnectionError {
    return new ConnectionError(
      `cannot connect to Pebble: socket ${socketPath} does not exist; the workload container may not be ready yet ` +
        `(wait for the pebble-ready event or check container.canConnect())`,
      socketPath,
      { cause },
    );
  }
}

/** Pebble answered with something that is not its JSON API (bad JSON, wrong envelope, bad multipart). */
export class ProtocolError extends PebbleError {
  override name = 'ProtocolError';
}

/** Pebble answered a request with an error envelope (`type: error`). */
export class APIError extends PebbleError {
  override name = 'APIError';
  constructor(
    /** The HTTP status code, for example 404. */
    readonly code: number,
    /** The HTTP status text, for example `Not Found`. */
    readonly status: string,
    message: string,
    /** Pebble's machine-readable error kind, when it gives one (`not-found`, `permission-denied`, …). */
    readonly kind?: string,
    /** The error's `value` field, when Pebble gives one. */
    readonly value?: unknown,
  ) {
    super(message);
  }
}

/** A file operation failed on one path; `kind` is Pebble's (`not-found`, `permission-denied`, `generic-file-error`). */
export class PathError extends PebbleError {
  override name = 'PathError';
  constructor(
    readonly kind: string,
    message: string,
  ) {
    super(`${kind} - ${message}`);
  }
}

/** An asynchronous change (start, stop, replan, …) finished in error; the message includes its tasks' logs. */
export class ChangeError extends PebbleError {
  override name = 'ChangeError';
  constructor(
    /** Pebble's error text for the change. */
    readonly err: string,
    readonly change: Change,
  ) {
    super(ChangeError.describe(err, change));
  }

  private static describe(err: string, change: Change): string {
    const logs = change.tasks.flatMap((t) => t.log.map((line) => `${t.summary}: ${line}`));
    const suffix = logs.length > 0 ? `\n----- Logs from tasks -----\n${logs.join('\n')}` : '';
    return `change ${change.id} (${change.kind}) failed: ${err}${suffix}`;
  }
}

/** A request or wait did not complete within its timeout. */
export class TimeoutError extends PebbleError {
  override name = 'TimeoutError';
  constructor(
    message: string,
    /** The timeout that elapsed, in milliseconds. */
    readonly timeoutMs?: number,
  ) {
    super(message);
  }
}

const MAX_SHOWN = 1024;

function truncate(text: string): string {
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)} [truncated]` : text;
}

/** A command run by `exec` exited non-zero; carries its output when it was collected. */
export class ExecError extends PebbleError {
  override name = 'ExecError';
  constructor(
    readonly command: readonly string[],
    readonly exitCode: number,
    /** Collected stdout, or undefined if it was streamed to a caller's writable. */
    readonly stdout?: string | Buffer,
    /** Collected stderr, or undefined if it was streamed or combined into stdout. */
    readonly stderr?: string | Buffer,
  ) {
    super(ExecError.describe(command, exitCode, stdout, stderr));
  }

  private static describe(command: readonly string[], exitCode: number, stdout?: string | Buffer, stderr?: string | Buffer): string {
    let msg = `non-zero exit code ${exitCode} executing ${JSON.stringify(command)}`;
    if (stdout !== undefined) msg += `, stdout=${JSON.stringify(truncate(stdout.toString()))}`;
    if (stderr !== undefined) msg += `, stderr=${JSON.stringify(truncate(stderr.toString()))}`;
    return msg;
  }
}
