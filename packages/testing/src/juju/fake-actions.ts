import type { JsonValue } from '@jujuts/ops/internal';
import type { HookScope } from './hook-scope';
import { JujuError } from './juju-error';
import { checkStringValues } from './string-values';

const KEY_SEGMENT = /^[a-z0-9](?:[a-z0-9-.]*[a-z0-9])?$/;
const RESERVED_KEYS = new Set(['stdout', 'stderr', 'stdout-encoding', 'stderr-encoding']);

/**
 * `action-get`, `action-set`, `action-log`, `action-fail`. Results, logs and
 * the failure apply at once, even if the hook later fails. Outside an action
 * (no `actionParams` in the state) Juju refuses them all.
 */
export class FakeActions {
  constructor(private readonly scope: HookScope) {}

  /** `action-get`: the parameters, nested on dotted names. */
  params(): Record<string, JsonValue> {
    return structuredClone(this.running());
  }

  /** `action-set k=v …`: dotted keys nest; every key is checked before any is stored. */
  set(results: Readonly<Record<string, string>>): void {
    this.running();
    const entries = Object.entries(results);
    for (const [key] of entries) checkResultKey(key);
    checkStringValues(results, 'action results');
    for (const [key, value] of entries) {
      const segments = key.split('.');
      const last = segments.pop() ?? key;
      let node = this.scope.outputs.actionResults;
      for (const segment of segments) {
        const child = node[segment];
        node =
          child !== null && typeof child === 'object' && !Array.isArray(child) ? child : (node[segment] = {});
      }
      node[last] = value;
    }
  }

  /** `action-log -- MESSAGE`. */
  log(message: string): void {
    this.running();
    this.scope.outputs.actionLogs.push(message);
  }

  /** `action-fail -- [MESSAGE]`. */
  fail(message?: string): void {
    this.running();
    this.scope.outputs.actionFailure = message || 'action failed without reason given';
  }

  private running(): Record<string, JsonValue> {
    const params = this.scope.view().actionParams;
    if (params === undefined) throw new JujuError('not running an action');
    return params;
  }
}

function checkResultKey(key: string): void {
  if (RESERVED_KEYS.has(key)) throw new JujuError(`cannot set reserved action key "${key}"`);
  for (const segment of key.split('.')) {
    if (!KEY_SEGMENT.test(segment)) {
      throw new JujuError(
        `key "${key}" must start and end with lowercase alphanumeric, and contain only lowercase alphanumeric, hyphens and periods`,
      );
    }
  }
}
