import { InvalidActionParamsError } from '../errors';
import { buildInstance } from './build-instance';
import { classProperties, type DataClass } from './class-properties';
import { kebabToCamel } from './juju-names';

/** Optional context for {@link loadActionParams}. */
export interface LoadActionParamsOptions {
  /** The action's name, for the error message. */
  readonly action?: string;
}

/**
 * Builds validated action params from `action-get` output. Top-level
 * kebab-case param names map to camelCase properties (or `@field({ name })`);
 * nested objects are built with class-transformer (`@Type`) and keep their
 * keys. Params the class does not model are kept under their camelCase name.
 *
 * @throws InvalidActionParamsError with one `param: rule` message per violation.
 */
export function loadActionParams<T extends object>(
  cls: DataClass<T>,
  raw: Readonly<Record<string, unknown>>,
  options: LoadActionParamsOptions = {},
): T {
  const properties = classProperties(cls, 'field', 'kebab');
  const byWireName = new Map(properties.map((p) => [p.wireName, p.property]));
  const plain: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    plain[byWireName.get(key) ?? kebabToCamel(key)] = value;
  }
  const { instance, violations } = buildInstance(cls, plain, properties);
  if (violations.length > 0) throw new InvalidActionParamsError(options.action, violations);
  return instance;
}
