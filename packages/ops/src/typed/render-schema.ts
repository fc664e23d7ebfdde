import { classProperties, type DataClass } from './class-properties';
import { jujuTypeOf } from './juju-type-of';
import { propertyJsonSchema } from './property-json-schema';
import type { RenderedAction, RenderedOption, RenderedSchema, SchemaSpec } from './schema-types';

function isScalar(value: unknown): value is boolean | number | string {
  return typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string';
}

/** Renders the `config.options` of a config class: Juju type, default from the initializer, description. */
export function renderConfigOptions(cls: DataClass): Record<string, RenderedOption> {
  const options: Record<string, RenderedOption> = {};
  for (const p of classProperties(cls, 'option', 'kebab')) {
    const type = jujuTypeOf(p);
    const entry: RenderedOption = { type };
    // A secret option's value is a secret id chosen at deploy time, never a class default.
    if (type !== 'secret' && isScalar(p.initial)) entry.default = p.initial;
    if (p.description !== undefined) entry.description = p.description;
    options[p.wireName] = entry;
  }
  return options;
}

/**
 * Renders one action: its description and, for a params class, the params'
 * JSON schemas, `required` (params neither `@IsOptional()` nor defaulted by
 * an initializer, since Juju fills in defaults) and `additionalProperties: false`.
 */
export function renderAction(spec: { readonly params?: DataClass; readonly description?: string }): RenderedAction {
  const action: RenderedAction = {};
  if (spec.description !== undefined) action.description = spec.description;
  if (!spec.params) return action;
  const params: Record<string, Record<string, unknown>> = {};
  const required: string[] = [];
  for (const p of classProperties(spec.params, 'field', 'kebab')) {
    params[p.wireName] = propertyJsonSchema(p);
    if (!p.optional && p.initial === undefined) required.push(p.wireName);
  }
  action.params = params;
  if (required.length > 0) action.required = required;
  action.additionalProperties = false;
  return action;
}

/**
 * Renders the `config` and `actions` sections of charmcraft.yaml from the
 * charm's classes, the single source of truth for both (`jujuts schema`).
 *
 * @example
 * const schema = renderSchema({ config: WebConfig, actions: { backup: { params: BackupParams, description: 'Back up' } } });
 */
export function renderSchema(spec: SchemaSpec): RenderedSchema {
  const out: RenderedSchema = {};
  if (spec.config) out.config = { options: renderConfigOptions(spec.config) };
  if (spec.actions) {
    out.actions = {};
    for (const [name, action] of Object.entries(spec.actions)) out.actions[name] = renderAction(action);
  }
  return out;
}
