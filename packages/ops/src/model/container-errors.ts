import { ModelError } from '../errors';

/** One path that failed during `pushPath` / `pullPath`. */
export interface PathFailure {
  readonly path: string;
  readonly error: Error;
}

/**
 * `pushPath` or `pullPath` could not copy some paths; the others were
 * copied. Each failure names the path and carries the underlying error.
 */
export class MultiPushPullError extends ModelError {
  override name = 'MultiPushPullError';
  constructor(
    readonly operation: 'push' | 'pull',
    readonly failures: readonly PathFailure[],
  ) {
    super(
      `${operation}Path failed for ${failures.length} path(s): ` +
        failures.map((f) => `${f.path}: ${f.error.message}`).join('; '),
    );
  }
}
