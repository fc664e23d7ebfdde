import { ModelError } from './model-error';

/** What a failed hook command left behind, with secret values already redacted. */
export interface HookCommandFailure {
  /** The command, for example `relation-set`. */
  readonly command: string;
  /** The arguments after the command, secret values replaced by `<redacted>`. */
  readonly argv: readonly string[];
  /** The exit code (2 for a usage error, 1 for any other failure), or null if killed. */
  readonly exitCode: number | null;
  /** Everything the command wrote to stderr, trimmed. */
  readonly stderr: string;
}

/**
 * A hook command exited non-zero. Carries the command, its argv (redacted),
 * exit code and stderr so the charm author can see exactly what Juju refused.
 */
export class HookCommandError extends ModelError implements HookCommandFailure {
  override name = 'HookCommandError';
  readonly command: string;
  readonly argv: readonly string[];
  readonly exitCode: number | null;
  readonly stderr: string;

  constructor(failure: HookCommandFailure, message?: string) {
    super(message ?? `${failure.command} ${failure.argv.join(' ')} exited ${String(failure.exitCode)}: ${failure.stderr}`);
    this.command = failure.command;
    this.argv = failure.argv;
    this.exitCode = failure.exitCode;
    this.stderr = failure.stderr;
  }
}
