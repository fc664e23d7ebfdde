import { parse as parseYaml } from 'yaml';
import type { ActionMeta, CharmMeta, ConfigValue, JsonValue } from '@jujuts/ops/internal';
import { CliError } from '../errors';

/** Splits `k=v` arguments (the value may contain `=`) into a map; a missing `=` is an error naming the option. */
export function parseKeyValues(items: readonly string[], option: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of items) {
    const eq = item.indexOf('=');
    if (eq <= 0) throw new CliError(`${option} ${JSON.stringify(item)}: expected KEY=VALUE`);
    out[item.slice(0, eq)] = item.slice(eq + 1);
  }
  return out;
}

/** Config values converted to their declared types, as `juju config app k=v` does; unknown options are refused. */
export function convertConfig(meta: CharmMeta, values: Readonly<Record<string, unknown>>): Record<string, ConfigValue> {
  const out: Record<string, ConfigValue> = {};
  for (const [name, value] of Object.entries(values)) {
    const option = meta.config[name];
    if (option === undefined) {
      const known = Object.keys(meta.config).join(', ') || 'none';
      throw new CliError(`config option "${name}" is not declared by ${meta.name} (options: ${known})`);
    }
    const text = String(value);
    const bad = (): CliError => new CliError(`config option "${name}" is ${option.type}: ${JSON.stringify(text)} is not one`);
    if (option.type === 'int') {
      if (!/^-?\d+$/.test(text)) throw bad();
      out[name] = Number(text);
    } else if (option.type === 'float') {
      if (text.trim() === '' || !Number.isFinite(Number(text))) throw bad();
      out[name] = Number(text);
    } else if (option.type === 'boolean') {
      if (text !== 'true' && text !== 'false') throw bad();
      out[name] = text === 'true';
    } else {
      out[name] = text;
    }
  }
  return out;
}

/**
 * Action parameters as Juju hands them to `action-get`: text values parsed
 * by the declared JSON-schema type, defaults filled in, and what
 * `juju run` refuses (unknown or missing required parameters) refused.
 */
export function convertParams(action: ActionMeta, values: Readonly<Record<string, unknown>>): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const [name, value] of Object.entries(values)) {
    const schema = action.params[name];
    if (schema === undefined && !action.additionalProperties) {
      const known = Object.keys(action.params).join(', ') || 'none';
      throw new CliError(`action ${action.name} has no parameter "${name}" (parameters: ${known})`);
    }
    out[name] = typeof value === 'string' ? fromText(value, schema?.['type']) : (value as JsonValue);
  }
  for (const [name, schema] of Object.entries(action.params)) {
    if (out[name] === undefined && schema['default'] !== undefined) out[name] = schema['default'] as JsonValue;
  }
  const missing = action.required.filter((name) => out[name] === undefined);
  if (missing.length > 0) {
    throw new CliError(`action ${action.name} requires ${missing.join(', ')}: add --param ${missing[0] ?? ''}=VALUE`);
  }
  return out;
}

function fromText(text: string, type: unknown): JsonValue {
  if (type === 'string' || type === undefined) return text;
  const parsed = parseYaml(text) as JsonValue;
  return parsed ?? text;
}
