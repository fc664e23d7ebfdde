import { expectStringRecord, parseJsonOutput, unexpected } from './parse-output';
import type { HookCommandRunner } from './run-hook-command';

const MAX_KEY_BYTES = 256;
const MAX_VALUE_BYTES = 64 * 1024;

/** `state-get --format=json`: the unit's whole key/value store (`{}` when empty). */
export function stateGet(run: HookCommandRunner): Record<string, string> {
  return expectStringRecord('state-get', parseJsonOutput('state-get', run({ command: 'state-get', args: ['--format=json'] })));
}

/** `state-get KEY --format=json`: one value, or undefined when the key is absent. */
export function stateGetKey(run: HookCommandRunner, key: string): string | undefined {
  const out = parseJsonOutput('state-get', run({ command: 'state-get', args: [key, '--format=json'] }));
  if (out === null) return undefined;
  if (typeof out !== 'string') throw unexpected('state-get', `a JSON string for key "${key}"`, out);
  return out;
}

/**
 * `state-set --file -` with the values as JSON on stdin (they can be up to
 * 64 KiB each, too large and too private for argv). Checks Juju's size limits first.
 */
export function stateSet(run: HookCommandRunner, values: Readonly<Record<string, string>>): void {
  assertStateValues(values);
  run({ command: 'state-set', args: ['--file', '-'], stdin: JSON.stringify(values) });
}

/** Throws a TypeError naming the first key or value outside Juju's limits (keys 1–256 bytes, string values up to 64 KiB). */
export function assertStateValues(values: Readonly<Record<string, string>>): void {
  for (const [key, value] of Object.entries(values)) {
    if (key === '' || Buffer.byteLength(key) > MAX_KEY_BYTES) {
      throw new TypeError(`state-set: key "${key.slice(0, 40)}" must be 1 to ${MAX_KEY_BYTES} bytes`);
    }
    if (typeof value !== 'string') throw new TypeError(`state-set: the value of "${key}" must be a string, got ${typeof value}`);
    if (Buffer.byteLength(value) > MAX_VALUE_BYTES) {
      throw new TypeError(`state-set: the value of "${key}" is ${Buffer.byteLength(value)} bytes; Juju stores at most ${MAX_VALUE_BYTES}`);
    }
  }
}

/** `state-delete KEY`: removes a key (state-set would store `""` instead). */
export function stateDelete(run: HookCommandRunner, key: string): void {
  run({ command: 'state-delete', args: [key] });
}
