import type { HookCommandRunner } from '../hookcmds/run-hook-command';

/** One hook command a backend ran, with secret-bearing arguments already redacted. */
export interface CommandLogEntry {
  readonly command: string;
  readonly argv: readonly string[];
}

/** Wraps a runner so every call is appended to `log` before it runs (failed calls included). */
export function recordingRunner(runner: HookCommandRunner, log: CommandLogEntry[]): HookCommandRunner {
  return (call) => {
    log.push({ command: call.command, argv: [...(call.displayArgs ?? call.args)] });
    return runner(call);
  };
}
