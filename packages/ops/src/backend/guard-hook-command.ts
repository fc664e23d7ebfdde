import { jujuLog } from '../hookcmds/juju-log';
import type { HookCommandRunner } from '../hookcmds/run-hook-command';
import { isPermissionError, mapHookCommandError } from './map-hook-command-error';

/**
 * Runs `call`, turning a failed hook command into the model error for it
 * ({@link mapHookCommandError}). A refusal for lack of rights is also logged
 * at WARNING through `juju-log`: it is security-relevant even if the charm
 * catches the error.
 */
export function guardHookCommand<T>(run: HookCommandRunner, subject: string, call: () => T): T {
  try {
    return call();
  } catch (err) {
    if (isPermissionError(err) && err.command !== 'juju-log') {
      try {
        jujuLog(run, 'WARNING', `security: ${err.command} refused for ${subject}: ${err.stderr}`);
      } catch {
        // The refusal itself is what the charm must see; a lost log line must not mask it.
      }
    }
    throw mapHookCommandError(err, subject);
  }
}
