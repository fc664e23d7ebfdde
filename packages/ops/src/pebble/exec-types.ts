import type { Readable, Writable } from 'node:stream';

/** Options for {@link PebbleClient.exec}. */
export interface ExecOptions {
  /** Environment variables for the command (Pebble adds nothing else but HOME/USER). */
  environment?: Record<string, string>;
  /** Working directory; Pebble's default is the user's home directory. */
  workingDir?: string;
  /** Kill the command after this many milliseconds; `wait()` then rejects with a ChangeError. */
  timeout?: number;
  userId?: number;
  user?: string;
  groupId?: number;
  group?: string;
  /** Run in the context of this service: its environment, user, group and working dir are the defaults. */
  serviceContext?: string;
  /**
   * What the command reads: a string or Buffer (written then closed), a
   * Readable (piped, closed at its end), or omitted to get a writable
   * `process.stdin`; `wait()`/`waitOutput()` end it if the caller has not.
   */
  stdin?: string | Buffer | Readable;
  /** Where stdout goes; omitted means `process.stdout` is readable (or collected by `waitOutput`). */
  stdout?: Writable;
  /** Where stderr goes; omitted means `process.stderr` is readable (or collected by `waitOutput`). */
  stderr?: Writable;
  /** Send stderr into stdout, as a terminal would. */
  combineStderr?: boolean;
  /** Text encoding of output; `null` gives Buffers. Default `utf8`. */
  encoding?: BufferEncoding | null;
  /** Cancels the command (it is sent SIGKILL). */
  signal?: AbortSignal;
}

/** What `waitOutput` resolves to. */
export interface ExecOutput<T extends string | Buffer = string> {
  stdout: T;
  /** Empty when `combineStderr` was set. */
  stderr: T;
}

/** A running command started by {@link PebbleClient.exec}. */
export interface ExecProcess<T extends string | Buffer = string> {
  /** The command as started. */
  readonly command: readonly string[];
  /** Writable stdin, when the caller gave no `stdin` option. */
  readonly stdin: Writable | undefined;
  /** Readable stdout, when the caller gave no `stdout` option. */
  readonly stdout: Readable | undefined;
  /** Readable stderr, when the caller gave neither `stderr` nor `combineStderr`. */
  readonly stderr: Readable | undefined;
  /**
   * Resolves when the command exits 0; rejects with ExecError otherwise (or ChangeError on timeout).
   * Output streams nobody has started reading are discarded: read them first, or use `waitOutput`.
   */
  wait(): Promise<void>;
  /** Like `wait`, and resolves with the collected output; the ExecError then carries the output too. */
  waitOutput(): Promise<ExecOutput<T>>;
  /** Sends a signal (`SIGTERM`, `SIGHUP`, … or a number) to the command. */
  sendSignal(signal: string | number): Promise<void>;
}
