import { HookCommandError } from '../../../src/errors';

/** How a call failed, in the terms both backends must agree on. */
export interface ErrorShape {
  /** The error class, for example `RelationNotFoundError`. */
  readonly error: string;
  /** The hook command the message starts with. */
  readonly command: string | undefined;
  /** The failed command's exit code and stderr (the error's own, or its cause's). */
  readonly exitCode?: number | null | undefined;
  readonly stderr?: string | undefined;
  /** Whether the message quotes Juju's stderr, so the author sees what Juju said. */
  readonly quotesJuju?: boolean | undefined;
  /**
   * The whole message, except for a bare HookCommandError: its message
   * repeats the argv, and the in-memory backend records a shortened argv
   * (no `--format=json`, no file paths), so only its parts are compared.
   */
  readonly message?: string | undefined;
}

/** What one call did: its value, or how it failed. */
export type Outcome<T> = { readonly ok: T } | ErrorShape;

/** Runs `call` and describes what it did. */
export function attempt<T>(call: () => T): Outcome<T> {
  try {
    return { ok: call() };
  } catch (err) {
    return shapeOf(err);
  }
}

/** The comparable shape of a thrown error. */
export function shapeOf(thrown: unknown): ErrorShape {
  // Errors Node itself raises come from another realm than jest's, so `instanceof Error` misses them.
  if (typeof thrown !== 'object' || thrown === null || !('message' in thrown)) throw thrown;
  const err = thrown as Error;
  const failure =
    err instanceof HookCommandError ? err : err.cause instanceof HookCommandError ? err.cause : undefined;
  const command = /^([a-z]+(?:-[a-z]+)+)[ :]/.exec(err.message)?.[1];
  if (!failure) return { error: err.constructor.name, command, message: err.message };
  return {
    error: err.constructor.name,
    command,
    exitCode: failure.exitCode,
    stderr: failure.stderr,
    quotesJuju: err.message.includes(failure.stderr),
    ...(failure === err ? {} : { message: err.message }),
  };
}

/** The error `call` throws (failing the test if it does not throw), for assertions on its message. */
export function thrownBy(call: () => unknown): Error {
  try {
    call();
  } catch (err) {
    if (err instanceof Error) return err;
    throw err;
  }
  throw new Error('expected the call to throw, but it returned');
}

const SECRET_ID = /secret:[0-9a-v]{20}/g;

/**
 * `value` with every secret id replaced by `<secret-N>` in order of first
 * appearance: each backend mints its own random ids, but the same scenario
 * must mint them in the same order and use them in the same places.
 */
export function withStableSecretIds<T>(value: T): unknown {
  const seen = new Map<string, string>();
  const text = JSON.stringify(value);
  if (text === undefined) return value;
  return JSON.parse(
    text.replace(SECRET_ID, (id) => {
      let name = seen.get(id);
      if (name === undefined) {
        name = `<secret-${seen.size + 1}>`;
        seen.set(id, name);
      }
      return name;
    }),
  ) as unknown;
}
