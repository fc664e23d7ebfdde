/**
 * A command failed for a reason the user can fix. The message is one line
 * that names what is wrong and, where possible, how to fix it; `details` are
 * printed above it (for example each compiler error as `file:line`).
 */
export class CliError extends Error {
  override name = 'CliError';
  /** Lines shown before the one-line message (compiler output, …). */
  readonly details: readonly string[];
  /** The process exit code (1 unless a command says otherwise). */
  readonly exitCode: number;

  constructor(message: string, options: { details?: readonly string[]; exitCode?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.details = options.details ?? [];
    this.exitCode = options.exitCode ?? 1;
  }
}

/** The command line itself is wrong (unknown option, missing argument): exit code 2. */
export class UsageError extends CliError {
  override name = 'UsageError';

  constructor(message: string) {
    super(message, { exitCode: 2 });
  }
}
