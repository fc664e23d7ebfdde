import type { ConfigOptionType } from '../meta/charm-meta';

/** The outcome of converting one raw config value: the typed value, or the rule it broke. */
export type Conversion = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly rule: string };

const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Converts a value from `config-get` to the option's Juju type. Juju already
 * sends JSON-typed values; strings are accepted too (test harnesses and
 * `juju config` text) when they spell a value of the type exactly.
 */
export function convertConfigValue(
  raw: boolean | number | string,
  type: ConfigOptionType,
  resolveSecret?: (id: string) => unknown,
): Conversion {
  switch (type) {
    case 'string':
      return typeof raw === 'string' ? { ok: true, value: raw } : { ok: false, rule: `must be a string (Juju type string), got ${typeof raw}` };
    case 'int':
      if (typeof raw === 'number' && Number.isInteger(raw)) return { ok: true, value: raw };
      if (typeof raw === 'string' && INTEGER.test(raw.trim())) return { ok: true, value: Number(raw) };
      return { ok: false, rule: `must be an integer (Juju type int)` };
    case 'float':
      if (typeof raw === 'number') return { ok: true, value: raw };
      if (typeof raw === 'string' && DECIMAL.test(raw.trim())) return { ok: true, value: Number(raw) };
      return { ok: false, rule: `must be a number (Juju type float)` };
    case 'boolean':
      if (typeof raw === 'boolean') return { ok: true, value: raw };
      if (raw === 'true' || raw === 'false') return { ok: true, value: raw === 'true' };
      return { ok: false, rule: `must be true or false (Juju type boolean)` };
    case 'secret':
      if (typeof raw !== 'string' || raw === '') return { ok: false, rule: 'must be a secret id such as secret:cs1rf4lmp25c7a2ntnkg (Juju type secret)' };
      return { ok: true, value: resolveSecret ? resolveSecret(raw) : raw };
  }
}
