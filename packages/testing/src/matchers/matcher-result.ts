/** What a jest matcher returns. */
export interface MatcherResult {
  pass: boolean;
  message: () => string;
}

/** The part of jest's matcher context these matchers use (kept local so the package needs no jest types). */
export interface MatcherThis {
  readonly isNot?: boolean;
}

/** Builds a result whose message fits `expect(...)` and `expect(...).not`. */
export function result(pass: boolean, whenPassed: string, whenFailed: string): MatcherResult {
  return { pass, message: () => (pass ? whenPassed : whenFailed) };
}

/** JSON for messages. */
export const show = (value: unknown): string => JSON.stringify(value);

/** Throws a usage error when `received` is not what the matcher works on. */
export function requireShape<T>(matcher: string, received: unknown, what: string, test: (v: unknown) => boolean): T {
  if (!test(received)) throw new TypeError(`${matcher}: expected ${what}, got ${received === null ? 'null' : typeof received}`);
  return received as T;
}
