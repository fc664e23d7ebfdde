import { spawnSync } from 'node:child_process';
import { HookCommandError } from '../errors';

/** One hook command to run: the command name, its arguments and optional stdin. */
export interface HookCommandCall {
  /** The command as Juju puts it on PATH, for example `relation-set`. */
  readonly command: string;
  /** The arguments after the command, exactly as they go to execve. */
  readonly args: readonly string[];
  /** Text written to the command's stdin (used for values that must not go on argv). */
  readonly stdin?: string | undefined;
  /**
   * The arguments as errors and traces may show them. Defaults to `args`;
   * commands that pass temp-file paths or other sensitive arguments set it.
   */
  readonly displayArgs?: readonly string[] | undefined;
}

/**
 * Runs one hook command and returns its stdout, or throws
 * {@link HookCommandError} when it exits non-zero. Injectable so a backend can
 * count, trace or fake the calls.
 */
export type HookCommandRunner = (call: HookCommandCall) => string;

// Juju's outputs (config, relation data, secrets) can be large; Node's default 1 MiB cap would truncate them.
const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;

/** Where {@link createHookCommandRunner}'s runner finds commands. */
export interface HookCommandRunnerOptions {
  /** The environment for the commands (PATH decides which are found); defaults to the process's own at each call. */
  readonly env?: NodeJS.ProcessEnv | undefined;
}

/**
 * Makes a {@link HookCommandRunner} that runs the command found on PATH with
 * `spawnSync` (never a shell, so no argument is ever re-parsed).
 */
export function createHookCommandRunner(options: HookCommandRunnerOptions = {}): HookCommandRunner {
  return (call) => {
    const result = spawnSync(call.command, [...call.args], {
      input: call.stdin ?? '',
      encoding: 'utf8',
      shell: false,
      maxBuffer: MAX_OUTPUT_BYTES,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: options.env ?? process.env,
    });
    const argv = call.displayArgs ?? call.args;
    if (result.error) {
      const missing = (result.error as NodeJS.ErrnoException).code === 'ENOENT';
      const failure = { command: call.command, argv, exitCode: null, stderr: result.error.message };
      throw new HookCommandError(
        failure,
        missing
          ? `${call.command}: hook command not found on PATH; Juju provides it only while a hook runs (in tests, use @jujuts/testing)`
          : `${call.command} could not be run: ${result.error.message}`,
      );
    }
    if (result.status !== 0) {
      const failure = { command: call.command, argv, exitCode: result.status, stderr: (result.stderr ?? '').trim() };
      const killed = result.signal ? `${call.command} ${argv.join(' ')} was killed by ${result.signal}: ${failure.stderr}` : undefined;
      throw new HookCommandError(failure, killed);
    }
    return result.stdout ?? '';
  };
}

/** The default {@link HookCommandRunner}: the commands Juju put on this process's PATH. */
export const runHookCommand: HookCommandRunner = createHookCommandRunner();
