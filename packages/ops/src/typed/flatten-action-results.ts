import { InvalidActionResultsError } from '../errors';
import { camelToKebab } from './juju-names';
import { pythonJsonDumps } from './python-json';

/** The rule `action-set` applies to each segment of a dotted key. */
export const ACTION_RESULT_KEY_SEGMENT = /^[a-z0-9](?:[a-z0-9-.]*[a-z0-9])?$/;

function checkKey(key: string, full: string): void {
  const bad = key.split('.').find((segment) => !ACTION_RESULT_KEY_SEGMENT.test(segment));
  if (bad === undefined) return;
  const hint = camelToKebab(key).replace(/[^a-z0-9.-]/g, '-').replace(/^[-.]+|[-.]+$/g, '');
  throw new InvalidActionResultsError(
    `action result key \`${full}\` is invalid: segment \`${bad}\` must be lowercase letters, digits, '-' or '.', starting and ending with a letter or digit${hint && hint !== key ? ` (try \`${hint}\`)` : ''}`,
    full,
  );
}

function isNested(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function text(value: unknown, key: string): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return pythonJsonDumps(value, key);
  return String(value);
}

/**
 * Flattens action results for `action-set`: nested objects become dotted
 * keys (`{ backup: { path: '/x' } }` → `backup.path=/x`), values become
 * strings (arrays as JSON), `undefined` and `null` are left out. Each key
 * segment must match Juju's rule `^[a-z0-9](?:[a-z0-9-.]*[a-z0-9])?$`.
 *
 * @throws InvalidActionResultsError naming a key that breaks the rule or is given twice
 *   (`{ a: { b: 1 }, 'a.b': 2 }`).
 */
export function flattenActionResults(obj: object): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (node: Record<string, unknown>, prefix: string): void => {
    for (const [key, value] of Object.entries(node)) {
      if (value === undefined || value === null) continue;
      const full = prefix ? `${prefix}.${key}` : key;
      checkKey(key, full);
      if (isNested(value)) {
        walk(value, full);
      } else if (Object.prototype.hasOwnProperty.call(out, full)) {
        throw new InvalidActionResultsError(`action result key \`${full}\` is given twice (once nested, once dotted)`, full);
      } else {
        out[full] = text(value, full);
      }
    }
  };
  walk(obj as Record<string, unknown>, '');
  return out;
}
