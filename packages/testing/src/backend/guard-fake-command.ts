import { HookCommandError, mapHookCommandError } from '@jujuts/ops/internal';
import type { FakeJuju } from '../juju/fake-juju';
import { JujuError } from '../juju/juju-error';

const PERMISSION = /permission denied|not the leader|cannot write relation settings/i;

/** One hook command as the in-memory backend runs it: its name, argv (never secret content) and what it is about. */
export interface FakeCommandCall {
  readonly command: string;
  readonly args: readonly string[];
  /** What the charm asked about, as error messages name it: `relation db:3`, `secret secret:abc`. */
  readonly subject: string;
}

/**
 * Runs one command against the fake, recording it, and turns a Juju refusal
 * into the very error the production backend raises for the same stderr
 * (through ops's own mapping), including the security log line a refusal
 * for lack of rights leaves.
 */
export function runFakeCommand<T>(juju: FakeJuju, call: FakeCommandCall, act: () => T): T {
  juju.record(call.command, call.args);
  try {
    return act();
  } catch (err) {
    if (!(err instanceof JujuError)) throw err;
    const failure = new HookCommandError({
      command: call.command,
      argv: call.args,
      exitCode: err.exitCode,
      stderr: err.stderr,
    });
    if (PERMISSION.test(err.stderr))
      juju.log('WARNING', `security: ${call.command} refused for ${call.subject}: ${err.stderr}`);
    throw mapHookCommandError(failure, call.subject);
  }
}
