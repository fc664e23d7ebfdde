import type { DestinationStream, Logger } from 'pino';
import { formatLogLine } from './format-log-line';
import { jujuLevelOf, type JujuLogSink } from './juju-log-level';
import { splitLogMessage } from './split-log-message';

/** Something lines can be written to, such as `process.stderr`. */
export interface LineWriter {
  write(chunk: string): unknown;
}

/** Where {@link jujuLogDestination} sends each line. */
export interface JujuLogDestinationOptions {
  /** Juju's log; each chunk of each line is one call. */
  readonly sink?: JujuLogSink | undefined;
  /** Also (or, without a sink, only) write `LEVEL text` lines here. */
  readonly stderr?: LineWriter | undefined;
  /** Where a line goes when the sink throws. Default: `stderr`, else `process.stderr`. */
  readonly fallback?: LineWriter | undefined;
}

/** The fields pino sets on a destination that asks for metadata. */
interface PinoMetadata {
  lastLevel?: number;
  lastMsg?: string;
  lastObj?: Record<string, unknown>;
  lastLogger?: Logger;
}

const NEEDS_METADATA = Symbol.for('pino.metadata');

/**
 * A synchronous pino destination that hands each log call to Juju's log.
 * It asks pino for the call's level, message and object via
 * `Symbol.for('pino.metadata')` and ignores the JSON line, so no parsing and
 * no worker thread: a log call returns after `juju-log` has run.
 */
export function jujuLogDestination(options: JujuLogDestinationOptions, root?: () => Logger | undefined): DestinationStream {
  const { sink, stderr } = options;
  const fallback = options.fallback ?? stderr ?? process.stderr;
  const dest: DestinationStream & PinoMetadata & { [NEEDS_METADATA]: true } = {
    [NEEDS_METADATA]: true,
    write(): void {
      const level = jujuLevelOf(dest.lastLevel ?? 30);
      const logger = dest.lastLogger;
      // The root logger has no bindings (base: null); only children pay for bindings().
      const bindings = logger && logger !== root?.() ? (logger.bindings() as Record<string, unknown>) : undefined;
      const text = formatLogLine(dest.lastMsg, dest.lastObj, bindings);
      if (stderr) stderr.write(`${level} ${text}\n`);
      if (!sink) return;
      try {
        for (const chunk of splitLogMessage(text)) sink(level, chunk);
      } catch (e) {
        // A log call must never fail the hook; say where the line went instead.
        fallback.write(`juju-log failed (${e instanceof Error ? e.message : String(e)}): ${level} ${text}\n`);
      }
    },
  };
  return dest;
}
