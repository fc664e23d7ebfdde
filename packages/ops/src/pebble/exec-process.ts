import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ExecError } from './errors';
import type { ExecOptions, ExecOutput, ExecProcess } from './exec-types';

/** The raw ends of a running command, however it is transported. */
export interface ExecStreams {
  command: readonly string[];
  /** Where the command's stdin goes; ending it sends EOF. */
  stdin: Writable;
  /** The command's stdout (with stderr in it when combined). */
  stdout: Readable;
  /** The command's stderr, or undefined when combined into stdout. */
  stderr: Readable | undefined;
  /** Resolves with the exit code once the command has finished; rejects with ChangeError, TimeoutError, … */
  exitCode(): Promise<number>;
  /** Sends a signal to the command. */
  sendSignal(signal: string | number): Promise<void>;
}

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/**
 * An {@link ExecProcess} over any transport: wires the caller's stdin,
 * stdout and stderr options to the command's streams and turns the exit
 * code into ExecError. Output the caller redirects is piped, never held.
 */
export class StreamExecProcess<T extends string | Buffer = string> implements ExecProcess<T> {
  readonly command: readonly string[];
  readonly stdin: Writable | undefined;
  readonly stdout: Readable | undefined;
  readonly stderr: Readable | undefined;
  private readonly pumps: Promise<unknown>[] = [];
  private readonly encoding: BufferEncoding | null;

  constructor(
    private readonly streams: ExecStreams,
    private readonly options: ExecOptions = {},
  ) {
    this.command = streams.command;
    this.encoding = options.encoding === undefined ? 'utf8' : options.encoding;
    const input = options.stdin;
    if (input === undefined) this.stdin = streams.stdin;
    else if (typeof input === 'string' || Buffer.isBuffer(input)) {
      streams.stdin.end(typeof input === 'string' ? Buffer.from(input, this.encoding ?? 'utf8') : input);
    } else this.pumps.push(pipeline(input, streams.stdin));
    this.stdout = this.route(streams.stdout, options.stdout);
    this.stderr = streams.stderr === undefined ? undefined : this.route(streams.stderr, options.stderr);
    // A pump failing before anyone waits must not become an unhandled rejection.
    for (const p of this.pumps) p.catch(() => undefined);
  }

  async wait(): Promise<void> {
    // Output nobody reads would stall the command (and keep its sockets open): discard it.
    for (const stream of [this.stdout, this.stderr]) if (stream?.readableFlowing === null) stream.resume();
    const exitCode = await this.finish();
    if (exitCode !== 0) throw new ExecError(this.command, exitCode);
  }

  async waitOutput(): Promise<ExecOutput<T>> {
    if (this.options.stdout !== undefined || this.options.stderr !== undefined) {
      throw new TypeError('waitOutput() cannot collect output redirected with the stdout/stderr options; use wait()');
    }
    const [out, err, exitCode] = await Promise.all([
      this.stdout === undefined ? Buffer.alloc(0) : collect(this.stdout),
      this.stderr === undefined ? Buffer.alloc(0) : collect(this.stderr),
      this.finish(),
    ]);
    const stdout = this.decode(out);
    const stderr = this.decode(err);
    if (exitCode !== 0) throw new ExecError(this.command, exitCode, stdout, stderr);
    return { stdout, stderr };
  }

  sendSignal(signal: string | number): Promise<void> {
    return this.streams.sendSignal(signal);
  }

  private async finish(): Promise<number> {
    // A command still reading a stdin nobody will end would never exit.
    if (this.stdin !== undefined && !this.stdin.writableEnded) this.stdin.end();
    const [exitCode] = await Promise.all([this.streams.exitCode(), ...this.pumps]);
    return exitCode;
  }

  private route(source: Readable, target: Writable | undefined): Readable | undefined {
    if (target === undefined) return source;
    // The caller's stream stays open: it may be process.stdout or shared by stdout and stderr.
    this.pumps.push(
      new Promise<void>((resolve, reject) => {
        source.on('error', reject).on('end', resolve);
        source.pipe(target, { end: false });
      }),
    );
    return undefined;
  }

  private decode(buffer: Buffer): T {
    return (this.encoding === null ? buffer : buffer.toString(this.encoding)) as T;
  }
}
