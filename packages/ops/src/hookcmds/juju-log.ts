import type { JujuLogLevel } from '../backend/backend-types';
import type { HookCommandRunner } from './run-hook-command';

/** The longest message one `juju-log` call carries; longer ones are split, as ops does. */
export const JUJU_LOG_MAX_CHARS = 131071;

const LEVELS: ReadonlySet<string> = new Set<JujuLogLevel>(['TRACE', 'DEBUG', 'INFO', 'WARNING', 'ERROR', 'CRITICAL']);

/**
 * `juju-log --log-level LEVEL -- MESSAGE`, one call per 131071-character
 * chunk. Juju would log an unknown level at INFO silently; we refuse it so
 * the mistake is seen.
 */
export function jujuLog(run: HookCommandRunner, level: JujuLogLevel, message: string): void {
  if (!LEVELS.has(level)) {
    throw new TypeError(`juju-log: unknown level "${String(level)}"; use one of ${[...LEVELS].join(', ')}`);
  }
  for (let start = 0; start === 0 || start < message.length; start += JUJU_LOG_MAX_CHARS) {
    run({ command: 'juju-log', args: ['--log-level', level, '--', message.slice(start, start + JUJU_LOG_MAX_CHARS)] });
  }
}
