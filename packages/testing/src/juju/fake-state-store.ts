import type { HookScope } from './hook-scope';
import { JujuError } from './juju-error';
import { checkStringValues } from './string-values';

/** Juju's limit on a `state-set` key. */
export const STATE_KEY_LIMIT = 256;
/** Juju's limit on a `state-set` value. */
export const STATE_VALUE_LIMIT = 64 * 1024;

/**
 * Juju's per-unit key/value store: `state-get`, `state-set`, `state-delete`.
 * An empty value is stored as `""` (only `state-delete` removes a key).
 * Changes are pending until the hook succeeds.
 */
export class FakeStateStore {
  constructor(private readonly scope: HookScope) {}

  /** `state-get`: every key. */
  getAll(): Record<string, string> {
    return { ...this.scope.view().stateStore };
  }

  /** `state-get KEY`: the value, or undefined when unset. */
  get(key: string): string | undefined {
    return this.scope.view().stateStore[key];
  }

  /** `state-set`: all values are checked before any is stored. */
  set(values: Readonly<Record<string, string>>): void {
    checkStringValues(values, 'state file');
    for (const [key, value] of Object.entries(values)) {
      if (Buffer.byteLength(key) > STATE_KEY_LIMIT) {
        throw new JujuError(
          `state key "${key.slice(0, 32)}…" is ${Buffer.byteLength(key)} bytes, over the ${STATE_KEY_LIMIT}-byte limit`,
        );
      }
      if (Buffer.byteLength(value) > STATE_VALUE_LIMIT) {
        throw new JujuError(
          `value of state key "${key}" is ${Buffer.byteLength(value)} bytes, over the ${STATE_VALUE_LIMIT}-byte (64 KiB) limit`,
        );
      }
    }
    Object.assign(this.scope.writable('stateStore'), values);
  }

  /** `state-delete KEY`: deleting a missing key is not an error. */
  delete(key: string): void {
    delete this.scope.writable('stateStore')[key];
  }
}
