import type { ActionMeta, JsonValue } from '@jujuts/ops/internal';

/** One thing Juju refuses about an action's parameters before running it. */
export type ActionParamProblem =
  | { readonly kind: 'missing'; readonly key: string }
  | { readonly kind: 'undeclared'; readonly key: string; readonly declared: string }
  | { readonly kind: 'wrong-type'; readonly key: string; readonly type: string; readonly value: JsonValue };

const JSON_TYPES: Record<string, (v: unknown) => boolean> = {
  string: (v) => typeof v === 'string',
  integer: (v) => typeof v === 'number' && Number.isInteger(v),
  number: (v) => typeof v === 'number',
  boolean: (v) => typeof v === 'boolean',
  array: (v) => Array.isArray(v),
  object: (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
};

/**
 * What `juju run` refuses about `params` for `action`, in Juju's order: a
 * required parameter neither given nor defaulted, then each given
 * parameter the action does not declare (unless it takes any) or whose
 * value is not of its declared JSON type. The Harness and Context word
 * these in their own terms.
 */
export function actionParamProblems(action: ActionMeta, params: Readonly<Record<string, JsonValue>>): ActionParamProblem[] {
  const problems: ActionParamProblem[] = [];
  for (const key of action.required) {
    if (!(key in params) && !('default' in (action.params[key] ?? {}))) problems.push({ kind: 'missing', key });
  }
  for (const [key, value] of Object.entries(params)) {
    const schema = action.params[key];
    if (!schema) {
      if (!action.additionalProperties) problems.push({ kind: 'undeclared', key, declared: Object.keys(action.params).join(', ') || 'none' });
      continue;
    }
    const type = schema['type'];
    const accepts = typeof type === 'string' ? JSON_TYPES[type] : undefined;
    if (typeof type === 'string' && accepts && !accepts(value)) problems.push({ kind: 'wrong-type', key, type, value });
  }
  return problems;
}

/** The parameters `juju run` hands the action: its declared defaults under the given values (copied). */
export function withActionDefaults(action: ActionMeta | undefined, given: Readonly<Record<string, JsonValue>>): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const [key, schema] of Object.entries(action?.params ?? {})) {
    if ('default' in schema) out[key] = structuredClone(schema['default']) as JsonValue;
  }
  return { ...out, ...structuredClone(given as Record<string, JsonValue>) };
}
