import type { ConfigOptionMeta, ConfigOptionType } from './charm-meta';
import { checkName, CONFIG_OPTION_NAME } from './juju-names';
import { describeValue, type MetaNode } from './meta-node';

const TYPES: readonly ConfigOptionType[] = ['string', 'int', 'float', 'boolean', 'secret'];

/** Whether a YAML value is a valid default for an option of `type`. */
function fitsType(type: ConfigOptionType, value: unknown): boolean {
  switch (type) {
    case 'int':
      return typeof value === 'number' && Number.isInteger(value);
    case 'float':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'string':
    case 'secret':
      return typeof value === 'string';
  }
}

const EXAMPLES: Readonly<Record<ConfigOptionType, string>> = {
  int: 'an integer such as `8080`',
  float: 'a number such as `0.5`',
  boolean: '`true` or `false`',
  string: 'a string (quote numbers and booleans: `"8080"`)',
  secret: 'a secret URI string such as `secret:cs0t2ufmp25c77qc5ma0`',
};

/**
 * Reads a config `{options: …}` node: charmcraft.yaml's `config` or the
 * whole of a legacy config.yaml. `type` defaults to string, as in Juju; a
 * default must already have the option's type, because Juju does not coerce.
 */
export function parseConfigOptions(config: MetaNode): Record<string, ConfigOptionMeta> {
  config.map('a map with `options`');
  const options: Record<string, ConfigOptionMeta> = {};
  for (const entry of config.child('options').entries('a map of option name to option')) {
    const name = checkName(entry, 'config option name', CONFIG_OPTION_NAME);
    entry.map('a map with `type`, `default` and `description`');
    const type = entry.child('type').oneOf(TYPES, 'string');
    const dflt = entry.child('default');
    if (!dflt.missing && !fitsType(type, dflt.value)) {
      throw dflt.fail(`is ${describeValue(dflt.value)}, but option ${JSON.stringify(name)} has type ${type}: the default must be ${EXAMPLES[type]}`);
    }
    options[name] = {
      name,
      type,
      default: dflt.missing ? undefined : (dflt.value as ConfigOptionMeta['default']),
      description: entry.child('description').optionalString(),
    };
  }
  return options;
}
