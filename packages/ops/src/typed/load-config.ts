import { CharmDefinitionError, InvalidConfigError, type DataViolation } from '../errors';
import type { ConfigOptionMeta } from '../meta/charm-meta';
import { classProperties, type DataClass } from './class-properties';
import { convertConfigValue } from './convert-config-value';
import { classValidator } from './lazy-libs';
import { recallLoadedConfig, rememberLoadedConfig } from './loaded-config-memo';
import { primitiveValuesKey, rememberClean, validatedClean } from './validation-memo';
import { toViolations } from './violations';

/** What {@link loadConfig} needs besides the raw values. */
export interface LoadConfigOptions {
  /** The charm's declared options (`CharmMeta.config`), by Juju name. */
  readonly options: Readonly<Record<string, ConfigOptionMeta>>;
  /** Turns a `secret` option's id into the object the property holds (a lazy `Secret`); without it the id is kept. */
  readonly resolveSecret?: (id: string) => unknown;
}

/**
 * Builds a validated config instance from `config-get` output.
 *
 * Starts from `new cls()` (its initializers are the defaults), overlays each
 * option present in `raw` (or, when absent, its charmcraft.yaml default, as
 * `config-get` would report it) converted to its declared Juju type, then
 * runs class-validator. Options in `raw` that the class does not model are ignored.
 *
 * @throws InvalidConfigError listing every violation (option = Juju name).
 * @throws CharmDefinitionError when a property has no declared option.
 */
export function loadConfig<T extends object>(
  cls: DataClass<T>,
  raw: Readonly<Record<string, boolean | number | string>>,
  options: LoadConfigOptions,
): T {
  const instance = new cls();
  const target = instance as Record<string, unknown>;
  const recalled = recallLoadedConfig(cls, options.options, raw);
  // The same values as the last clean load: the same result, on a new instance.
  if (recalled) return Object.assign(instance, recalled);
  const properties = classProperties(cls, 'option', 'kebab');
  const violations: DataViolation[] = [];
  const failed = new Set<string>();
  // A secret option becomes a lazy Secret bound to this hook's model: such a result is never remembered.
  let secretOption = false;
  for (const p of properties) {
    const meta = options.options[p.wireName];
    if (!meta) {
      const declared = Object.keys(options.options).join(', ') || 'none';
      throw new CharmDefinitionError(
        `${cls.name}.${p.property}: charmcraft.yaml declares no config option \`${p.wireName}\` (declared: ${declared}); add it under config.options or name the property's option with @option({ name })`,
      );
    }
    // Juju's config-get includes declared defaults; apply them when a caller
    // (a test, a partial map) leaves them out, so both paths agree.
    const value = Object.prototype.hasOwnProperty.call(raw, p.wireName) ? raw[p.wireName] : meta.default;
    if (meta.type === 'secret') secretOption = true;
    if (value === undefined) continue;
    const converted = convertConfigValue(value, meta.type, options.resolveSecret);
    if (converted.ok) {
      target[p.property] = converted.value;
    } else {
      failed.add(p.property);
      violations.push({ option: p.wireName, rule: converted.rule, value });
    }
  }
  // Validation is a function of the class and these values alone, so a set already seen valid is not checked again.
  const key = violations.length === 0 ? primitiveValuesKey(instance) : undefined;
  const remember = (): T => {
    if (key !== undefined && !secretOption) rememberLoadedConfig(cls, options.options, raw, instance);
    return instance;
  };
  if (key !== undefined && validatedClean(cls, key)) return remember();
  const errors = classValidator().validateSync(instance, { forbidUnknownValues: false });
  if (key !== undefined && errors.length === 0) {
    rememberClean(cls, key);
    return remember();
  }
  const names = new Map(properties.map((p) => [p.property, p.wireName]));
  violations.push(...toViolations(errors, (prop) => names.get(prop) ?? prop, failed));
  if (violations.length > 0) throw new InvalidConfigError(violations);
  return instance;
}
