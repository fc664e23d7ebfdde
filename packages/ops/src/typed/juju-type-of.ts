import type { ConfigOptionType } from '../meta/charm-meta';
import type { TypedProperty } from './class-properties';

const BY_VALIDATOR: Readonly<Record<string, ConfigOptionType>> = {
  isInt: 'int',
  isNumber: 'float',
  isBoolean: 'boolean',
  isString: 'string',
};

/** The Juju type the property's validators imply, if any does. */
export function jujuTypeFromValidators(p: TypedProperty): ConfigOptionType | undefined {
  for (const name of ['isInt', 'isNumber', 'isBoolean', 'isString']) {
    if (p.validators.some((v) => v.name === name && !v.each)) return BY_VALIDATOR[name];
  }
  return undefined;
}

/** The Juju type the property's initializer implies, if it has one. */
export function jujuTypeFromInitial(p: TypedProperty): ConfigOptionType | undefined {
  switch (typeof p.initial) {
    case 'boolean':
      return 'boolean';
    case 'number':
      return Number.isInteger(p.initial) ? 'int' : 'float';
    case 'string':
      return 'string';
    default:
      return undefined;
  }
}

/**
 * The Juju config type of a property: `@option({ type })`, else what the
 * validators imply (IsInt → int, IsNumber → float, IsBoolean → boolean),
 * else the initializer's type, else string.
 */
export function jujuTypeOf(p: TypedProperty): ConfigOptionType {
  return p.declaredType ?? jujuTypeFromValidators(p) ?? jujuTypeFromInitial(p) ?? 'string';
}
