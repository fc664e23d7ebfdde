import type { CharmMeta, ConfigOptionMeta, ConfigValue } from '@jujuts/ops/internal';
import { HarnessError } from './harness-error';

const accepts: Record<ConfigOptionMeta['type'], (v: unknown) => boolean> = {
  string: (v) => typeof v === 'string',
  secret: (v) => typeof v === 'string',
  int: (v) => typeof v === 'number' && Number.isInteger(v),
  float: (v) => typeof v === 'number' && Number.isFinite(v),
  boolean: (v) => typeof v === 'boolean',
};

/**
 * Refuses what `juju config` would refuse: an option the charm does not
 * declare, or a value of the wrong type.
 */
export function checkConfigValues(meta: CharmMeta, values: Readonly<Record<string, unknown>>, call: string): void {
  for (const [name, value] of Object.entries(values)) {
    const option = checkDeclared(meta, name, call);
    if (!accepts[option.type](value)) {
      throw new HarnessError(`${call}: option ${name} is of type ${option.type}, got ${JSON.stringify(value)} (${typeof value})`);
    }
  }
}

/** The option `name`, or a HarnessError listing the declared options. */
export function checkDeclared(meta: CharmMeta, name: string, call: string): ConfigOptionMeta {
  const option = meta.config[name];
  if (option) return option;
  const declared = Object.keys(meta.config).join(', ') || 'none';
  throw new HarnessError(`${call}: charmcraft.yaml declares no config option \`${name}\` (declared: ${declared})`);
}

/** Sets `values`, and puts each unset option back to its default (or no value when it has none). */
export function applyConfig(
  meta: CharmMeta,
  config: Record<string, ConfigValue>,
  values: Readonly<Record<string, ConfigValue>>,
  unset: readonly string[],
): void {
  for (const name of unset) {
    const fallback = meta.config[name]?.default;
    if (fallback === undefined) delete config[name];
    else config[name] = fallback;
  }
  Object.assign(config, values);
}
