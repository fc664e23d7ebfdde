import type { HookCommandRunner } from './run-hook-command';

const KEY_SEGMENT = /^[a-z0-9](?:[a-z0-9-.]*[a-z0-9])?$/;
// Juju fills these itself from an action's output (see `juju help-action-commands action-set`).
const RESERVED: ReadonlySet<string> = new Set(['stdout', 'stdout-encoding', 'stderr', 'stderr-encoding']);

/**
 * `action-set KEY=VALUE …` with keys already in dotted form (`a.b=v`). Every
 * key segment must match Juju's rule; a bad key throws before anything runs,
 * so no result is half-set.
 */
export function actionSet(run: HookCommandRunner, results: Readonly<Record<string, string>>): void {
  assertActionResults(results);
  const args = Object.entries(results).map(([key, value]) => `${key}=${value}`);
  if (args.length === 0) return;
  run({ command: 'action-set', args });
}

/** Throws a TypeError naming the first result whose key breaks Juju's rule or whose value is not a string. */
export function assertActionResults(results: Readonly<Record<string, string>>): void {
  for (const [key, value] of Object.entries(results)) {
    assertActionResultKey(key);
    if (typeof value !== 'string') throw new TypeError(`action-set: the value of "${key}" must be a string, got ${typeof value}`);
  }
}

/** Throws a TypeError naming the key and Juju's rule when an action result key is not acceptable. */
export function assertActionResultKey(key: string): void {
  const top = key.split('.')[0] ?? '';
  if (RESERVED.has(top)) {
    throw new TypeError(`action-set: result key "${key}" is reserved by Juju (${[...RESERVED].join(', ')}); choose another name`);
  }
  for (const segment of key.split('.')) {
    if (!KEY_SEGMENT.test(segment)) {
      throw new TypeError(
        `action-set: result key "${key}" is invalid: segment "${segment}" must be lowercase letters, digits and "-", starting and ending with a letter or digit (${KEY_SEGMENT.source})`,
      );
    }
  }
}
