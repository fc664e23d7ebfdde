import type { TypedProperty, ValidationMetadata } from './class-properties';
import type { JsonSchema } from './schema-types';

type Rule = (schema: JsonSchema, constraints: readonly unknown[]) => void;

// RegExp.source escapes '/' (`/^\//` has source `^\/`); in a schema string
// the slash needs no escape, so write it the way a person would.
const patternOf = (c: unknown): string =>
  c instanceof RegExp ? c.source.replace(/(\\\\)|\\\//g, (_m, backslashes?: string) => backslashes ?? '/') : String(c);

// One row per class-validator decorator that JSON schema can express;
// others are enforced at run time only.
const RULES: Readonly<Record<string, Rule>> = {
  isString: (s) => (s['type'] = 'string'),
  isInt: (s) => (s['type'] = 'integer'),
  isNumber: (s) => (s['type'] = 'number'),
  isBoolean: (s) => (s['type'] = 'boolean'),
  isArray: (s) => (s['type'] = 'array'),
  isObject: (s) => (s['type'] = 'object'),
  isIn: (s, c) => (s['enum'] = [...((c[0] as readonly unknown[] | undefined) ?? [])]),
  min: (s, c) => (s['minimum'] = c[0]),
  max: (s, c) => (s['maximum'] = c[0]),
  matches: (s, c) => (s['pattern'] = patternOf(c[0])),
  minLength: (s, c) => (s['minLength'] = c[0]),
  maxLength: (s, c) => (s['maxLength'] = c[0]),
  isNotEmpty: (s) => (s['minLength'] ??= 1),
};

function typeOfValues(values: readonly unknown[]): string | undefined {
  if (values.length === 0) return undefined;
  if (values.every((v) => typeof v === 'string')) return 'string';
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  if (values.every((v) => Number.isInteger(v))) return 'integer';
  return values.every((v) => typeof v === 'number') ? 'number' : undefined;
}

function apply(schema: JsonSchema, metadata: readonly ValidationMetadata[]): void {
  // class-validator stores a property's decorators bottom-up; apply them in source order.
  for (const m of [...metadata].reverse()) {
    if (m.name) RULES[m.name]?.(schema, m.constraints ?? []);
  }
  // `@IsIn(['a', 'b'])` alone still says what type the param is.
  if (schema['type'] === undefined && Array.isArray(schema['enum'])) {
    const type = typeOfValues(schema['enum']);
    if (type) schema['type'] = type;
  }
}

/**
 * The JSON schema of one action param, derived from its class-validator
 * decorators (IsString → string, IsInt → integer, IsIn → enum, Min/Max →
 * minimum/maximum, Matches → pattern, `each: true` rules → items,
 * ValidateNested → object), its `@field` description and its initializer.
 */
export function propertyJsonSchema(p: TypedProperty): JsonSchema {
  const schema: JsonSchema = {};
  apply(schema, p.validators.filter((v) => v.type === 'customValidation' && !v.each));
  const each = p.validators.filter((v) => v.type === 'customValidation' && v.each);
  const nested = p.validators.some((v) => v.type === 'nestedValidation');
  if (each.length > 0 || (nested && schema['type'] === 'array')) {
    const items: JsonSchema = nested ? { type: 'object' } : {};
    apply(items, each);
    schema['type'] = 'array';
    schema['items'] = items;
  } else if (nested) {
    schema['type'] = 'object';
  }
  if (p.description !== undefined) schema['description'] = p.description;
  if (p.initial !== undefined && typeof p.initial !== 'function') schema['default'] = p.initial;
  return schema;
}
