import type { MetadataStorage } from 'class-validator';
import type { ConfigOptionType } from '../meta/charm-meta';
import { METADATA_KEYS } from '../metadata/keys';
import { readMetadataList } from '../metadata/own-metadata';
import type { FieldRecord } from './field.decorator';
import { mergeDeclarationOrder } from './declaration-order';
import { camelToKebab } from './juju-names';
import { classValidator } from './lazy-libs';
import type { OptionRecord } from './option.decorator';

/** class-validator's record of one decorator on one property. */
export type ValidationMetadata = ReturnType<MetadataStorage['getTargetValidationMetadatas']>[number];

/** A class used for typed data: constructible without arguments. */
export type DataClass<T extends object = object> = new () => T;

/** One property of a typed data class, with its wire name and everything the decorators say about it. */
export interface TypedProperty {
  readonly property: string;
  /** The name on the wire (config option, action param or databag key). */
  readonly wireName: string;
  readonly description?: string | undefined;
  /** The Juju type from `@option({ type })`, if given. */
  readonly declaredType?: ConfigOptionType | undefined;
  /** The value `new cls()` leaves in the property (its default). */
  readonly initial: unknown;
  /** class-validator's metadata for this property, in decoration order. */
  readonly validators: readonly ValidationMetadata[];
  /** True when the property has `@IsOptional()`. */
  readonly optional: boolean;
}

/** How a property's wire name is made when no decorator gives one. */
export type Naming = 'kebab' | 'as-is';

/** Every class-validator metadata entry of `cls`, inherited ones first. */
export function validationMetadata(cls: DataClass): readonly ValidationMetadata[] {
  const all = classValidator().getMetadataStorage().getTargetValidationMetadatas(cls, '', true, false);
  // class-validator lists the class's own entries before inherited ones.
  const chain: unknown[] = [];
  for (let c: unknown = cls; typeof c === 'function' && c !== Function.prototype; c = Object.getPrototypeOf(c)) chain.unshift(c);
  const depth = (m: ValidationMetadata): number => chain.indexOf(m.target);
  return [...all].sort((a, b) => depth(a) - depth(b));
}

// A class's decorators are all applied when the class is defined, so its
// property list never changes afterwards: computed once per class (every
// hook and every test run asks for it, twice).
const cache = new WeakMap<DataClass, Map<string, readonly TypedProperty[]>>();

/**
 * Lists the properties of a data class: those with validators, `@option` or
 * `@field`, or an initializer. Declaration order where the metadata keeps it.
 */
export function classProperties(cls: DataClass, decoratorKey: 'option' | 'field', naming: Naming): TypedProperty[] {
  let perClass = cache.get(cls);
  if (!perClass) {
    perClass = new Map();
    cache.set(cls, perClass);
  }
  const key = `${decoratorKey}:${naming}`;
  let props = perClass.get(key);
  if (!props) {
    props = Object.freeze(computeProperties(cls, decoratorKey, naming).map((p) => Object.freeze(p)));
    perClass.set(key, props);
  }
  return [...props];
}

function computeProperties(cls: DataClass, decoratorKey: 'option' | 'field', naming: Naming): TypedProperty[] {
  const records = readMetadataList<OptionRecord | FieldRecord>(METADATA_KEYS[decoratorKey], cls);
  const validators = validationMetadata(cls);
  const instance = new cls() as Record<string, unknown>;
  const names = mergeDeclarationOrder([
    validators.map((v) => v.propertyName),
    records.map((r) => r.property),
    Object.keys(instance),
  ]);
  return names.map((property) => {
    const settings = Object.assign({}, ...records.filter((r) => r.property === property)) as Partial<OptionRecord>;
    const own = validators.filter((v) => v.propertyName === property);
    return {
      property,
      wireName: settings.name ?? (naming === 'kebab' ? camelToKebab(property) : property),
      description: settings.description,
      declaredType: settings.type,
      initial: instance[property],
      validators: own,
      optional: own.some((v) => v.type === 'conditionalValidation' && v.name === 'isOptional'),
    };
  });
}
