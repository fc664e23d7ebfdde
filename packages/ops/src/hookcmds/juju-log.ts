import type { JujuLogLevel } from '../backend/backend-types';
import type { HookCommandRunner } from './run-hook-command';

/**
 * The longest message one `juju-log` call carries, in UTF-8 bytes: Linux
 * refuses a single argv string of 128 KiB (MAX_ARG_STRLEN, counting its NUL).
 * ops splits at this many characters; we count bytes so non-ASCII text fits too.
 */
export const JUJU_LOG_MAX_BYTES = 131071;

const LEVELS: ReadonlySet<string> = new Set<JujuLogLevel>(['TRACE', 'DEBUG', 'INFO', 'WARNING', 'ERROR', 'CRITICAL']);

/**
 * `juju-log --log-level LEVEL -- MESSAGE`, one call per chunk of at most
 * 131071 UTF-8 bytes (never splitting a character). Juju would log an unknown level at INFO silently; we refuse it so
 * the mistake is seen.
 */
export function jujuLog(run: HookCommandRunner, level: JujuLogLevel, message: string): void {
  assertJujuLogLevel(level);
  for (const chunk of splitUtf8(message, JUJU_LOG_MAX_BYTES)) {
    run({ command: 'juju-log', args: ['--log-level', level, '--', chunk] });
  }
}

/** Throws a TypeError naming the levels Juju knows when `level` is not one of them. */
export function assertJujuLogLevel(level: string): asserts level is JujuLogLevel {
  if (!LEVELS.has(level)) {
    throw new TypeError(`juju-log: unknown level "${String(level)}"; use one of ${[...LEVELS].join(', ')}`);
  }
}

/** Splits text into pieces of at most `maxBytes` UTF-8 bytes at code point boundaries; empty text is one empty piece. */
export function splitUtf8(text: string, maxBytes: number): string[] {
  const pieces: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) ?? 0;
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (bytes + size > maxBytes) {
      pieces.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += size;
    i += cp > 0xffff ? 2 : 1;
  }
  pieces.push(text.slice(start));
  return pieces;
}
