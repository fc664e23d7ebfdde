import type { ActionMeta, CharmMeta, JsonValue } from '@jujuts/ops/internal';
import { HarnessError } from './harness-error';

const JSON_TYPES: Record<string, (v: unknown) => boolean> = {
  string: (v) => typeof v === 'string',
  integer: (v) => typeof v === 'number' && Number.isInteger(v),
  number: (v) => typeof v === 'number',
  boolean: (v) => typeof v === 'boolean',
  array: (v) => Array.isArray(v),
  object: (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
};

/**
 * The parameters `juju run` would hand the action: declared defaults under
 * the given values. What Juju refuses before running anything (an unknown
 * action, a missing required or undeclared parameter, a value of the wrong
 * JSON type) is a HarnessError.
 */
export function actionParams(meta: CharmMeta, name: string, given: Readonly<Record<string, JsonValue>>): Record<string, JsonValue> {
  const action = meta.actions[name];
  const call = `runAction('${name}')`;
  if (!action) {
    const declared = Object.keys(meta.actions).join(', ') || 'none';
    throw new HarnessError(`${call}: charmcraft.yaml declares no action \`${name}\` (declared: ${declared})`);
  }
  const params: Record<string, JsonValue> = { ...defaults(action), ...structuredClone(given) };
  for (const required of action.required) {
    if (!(required in params)) throw new HarnessError(`${call}: parameter ${required} is required`);
  }
  for (const [key, value] of Object.entries(params)) {
    const schema = action.params[key];
    if (!schema) {
      if (action.additionalProperties) continue;
      const declared = Object.keys(action.params).join(', ') || 'none';
      throw new HarnessError(`${call}: action ${name} takes no parameter ${key} (declared: ${declared})`);
    }
    const type = schema['type'];
    const check = typeof type === 'string' ? JSON_TYPES[type] : undefined;
    if (check && !check(value)) throw new HarnessError(`${call}: parameter ${key} must be of type ${String(type)}, got ${JSON.stringify(value)}`);
  }
  return params;
}

function defaults(action: ActionMeta): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const [key, schema] of Object.entries(action.params)) {
    if ('default' in schema) out[key] = structuredClone(schema['default']) as JsonValue;
  }
  return out;
}
