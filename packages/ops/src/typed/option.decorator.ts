import { CharmDefinitionError } from '../errors';
import type { ConfigOptionType } from '../meta/charm-meta';
import { appendOwnMetadata } from '../metadata/own-metadata';
import { METADATA_KEYS } from '../metadata/keys';

/** Settings of one config option, given with {@link option}. */
export interface OptionSettings {
  /** The Juju option name; defaults to the property name in kebab-case (`logLevel` → `log-level`). */
  readonly name?: string;
  /** The option's description, written to charmcraft.yaml by `renderSchema`. */
  readonly description?: string;
  /** The Juju type; defaults to what the validators or the initializer imply. */
  readonly type?: ConfigOptionType;
}

/** What {@link option} records for one property. */
export interface OptionRecord extends OptionSettings {
  readonly property: string;
}

const JUJU_TYPES: readonly ConfigOptionType[] = ['string', 'int', 'float', 'boolean', 'secret'];

/**
 * Names, describes and types one property of a config class.
 *
 * @example
 * class WebConfig {
 *   @option({ description: 'Log verbosity' }) @IsIn(['debug', 'info']) logLevel = 'info';
 *   @option({ name: 'admin-password', type: 'secret' }) adminSecret?: Secret;
 * }
 */
export function option(settings: OptionSettings = {}): PropertyDecorator {
  return (target, propertyKey) => {
    const where = `@option on ${target.constructor.name}.${String(propertyKey)}`;
    if (typeof propertyKey !== 'string') {
      throw new CharmDefinitionError(`${where}: config properties must have string names, not symbols`);
    }
    if (settings.name !== undefined && !/^[a-z0-9][a-z0-9_-]*$/i.test(settings.name)) {
      throw new CharmDefinitionError(`${where}: option name ${JSON.stringify(settings.name)} is not a valid Juju option name (letters, digits, '-' and '_')`);
    }
    if (settings.type !== undefined && !JUJU_TYPES.includes(settings.type)) {
      throw new CharmDefinitionError(`${where}: type ${JSON.stringify(settings.type)} is not a Juju config type (${JUJU_TYPES.join(', ')})`);
    }
    appendOwnMetadata<OptionRecord>(METADATA_KEYS.option, target.constructor, { ...settings, property: propertyKey });
  };
}
