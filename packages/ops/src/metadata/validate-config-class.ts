import { CharmDefinitionError } from '../errors';
import type { CharmMeta } from '../meta/charm-meta';
import { checkConfigClass } from '../typed';
import { readCharmOptions } from './describe-owner';
import type { CharmClassLike } from './schema-spec';

/**
 * Checks the `@charm({ config })` class against charmcraft.yaml's
 * `config.options`: a property with no declared option, or whose type cannot
 * hold the declared type, is an error naming `Class.property` and the option.
 * Runs at start-up in production and in every test, beside `validateBindings`.
 *
 * @throws CharmDefinitionError listing every problem, one per line, with the fix.
 */
export function validateConfigClass(charmClass: CharmClassLike, meta: CharmMeta): void {
  const config = readCharmOptions(charmClass).config;
  if (!config) return;
  const problems = checkConfigClass(config, meta.config);
  if (problems.length === 0) return;
  // The class is the source of truth, so the usual fix is regenerating the YAML.
  const header = `@charm({ config: ${config.name} }) on ${charmClass.name}: the config class does not match charmcraft.yaml (fix the class, or run 'jujuts schema' to rewrite config.options from it)`;
  throw new CharmDefinitionError([header, ...problems].join('\n'));
}
