import type { ConfigOptionMeta, ConfigOptionType } from '../meta/charm-meta';
import { classProperties, type DataClass } from './class-properties';
import { jujuTypeFromInitial, jujuTypeFromValidators } from './juju-type-of';

// Which Juju option types can hold what a property's initializer or
// validators imply: an int default is a fine float, a string may be a secret id.
const COMPATIBLE: Readonly<Record<ConfigOptionType, readonly ConfigOptionType[]>> = {
  int: ['int', 'float'],
  float: ['float'],
  boolean: ['boolean'],
  string: ['string', 'secret'],
  secret: ['secret'],
};

/**
 * Checks a config class against the declared options (`CharmMeta.config`) and
 * lists every problem: a property with no declared option (naming both), an
 * `@option` type that differs from the declared one, and an initializer or
 * validator that cannot hold values of the declared type. Empty when all is well.
 */
export function checkConfigClass(cls: DataClass, metaOptions: Readonly<Record<string, ConfigOptionMeta>>): string[] {
  const problems: string[] = [];
  const declared = Object.keys(metaOptions).join(', ') || 'none';
  for (const p of classProperties(cls, 'option', 'kebab')) {
    const where = `${cls.name}.${p.property}`;
    const meta = metaOptions[p.wireName];
    if (!meta) {
      problems.push(`${where}: charmcraft.yaml declares no config option \`${p.wireName}\` (declared: ${declared})`);
      continue;
    }
    if (p.declaredType !== undefined && p.declaredType !== meta.type) {
      problems.push(`${where}: @option type is ${p.declaredType} but option \`${p.wireName}\` is ${meta.type} in charmcraft.yaml`);
      continue;
    }
    const implied: [string, ConfigOptionType | undefined][] = [
      ['validators imply', jujuTypeFromValidators(p)],
      ['initializer is', meta.type === 'secret' ? undefined : jujuTypeFromInitial(p)],
    ];
    for (const [what, type] of implied) {
      // IsNumber accepts whole numbers too, so it fits an int option.
      const fits = type === undefined || COMPATIBLE[type].includes(meta.type) || (type === 'float' && what.startsWith('validators') && meta.type === 'int');
      if (!fits) {
        problems.push(`${where}: ${what} ${type} but option \`${p.wireName}\` is ${meta.type} in charmcraft.yaml`);
        break;
      }
    }
  }
  return problems;
}
