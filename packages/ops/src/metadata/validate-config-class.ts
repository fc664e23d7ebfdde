import { CharmDefinitionError } from '../errors';
import type { CharmMeta } from '../meta/charm-meta';
import { checkConfigClass } from '../typed';
import { readCharmOptions } from './describe-owner';
import type { CharmClassLike } from './schema-spec';

const validated = new WeakMap<object, WeakSet<CharmMeta>>();

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
  if (!config || validated.get(config)?.has(meta)) return;
  const problems = checkConfigClass(config, meta.config);
  if (problems.length === 0) {
    // Metadata objects are frozen and reused (one per Context, one per hook in production).
    const metas = validated.get(config) ?? new WeakSet<CharmMeta>();
    metas.add(meta);
    validated.set(config, metas);
    return;
  }
  // The class is the source of truth, so the usual fix is regenerating the YAML.
  const header = `@charm({ config: ${config.name} }) on ${charmClass.name}: the config class does not match charmcraft.yaml (fix the class, or run 'jujuts schema' to rewrite config.options from it)`;
  throw new CharmDefinitionError([header, ...problems].join('\n'));
}
