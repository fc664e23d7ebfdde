import type { DataViolation } from '../errors';
import type { DataClass, TypedProperty } from './class-properties';
import { classTransformer, classValidator } from './lazy-libs';
import { toViolations } from './violations';

/** An instance built from plain data, and what is wrong with it. */
export interface BuiltInstance<T> {
  readonly instance: T;
  readonly violations: DataViolation[];
}

/**
 * Builds an instance of `cls` from plain data keyed by property name with
 * class-transformer (so `@Type` makes nested classes), then validates it.
 * A property that is absent, has no default and is not `@IsOptional()` is
 * reported once as missing rather than by each of its validators.
 */
export function buildInstance<T extends object>(
  cls: DataClass<T>,
  plain: Readonly<Record<string, unknown>>,
  properties: readonly TypedProperty[],
): BuiltInstance<T> {
  const instance = classTransformer().plainToInstance(cls, plain);
  const violations: DataViolation[] = [];
  const missing = new Set<string>();
  for (const p of properties) {
    const value = (instance as Record<string, unknown>)[p.property];
    if (value === undefined && !p.optional) {
      missing.add(p.property);
      violations.push({ option: p.wireName, rule: 'is required but missing' });
    }
  }
  const errors = classValidator().validateSync(instance, { forbidUnknownValues: false });
  const names = new Map(properties.map((p) => [p.property, p.wireName]));
  violations.push(...toViolations(errors, (prop) => names.get(prop) ?? prop, missing));
  return { instance, violations };
}
