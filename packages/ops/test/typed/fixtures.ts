import type { ConfigOptionMeta, ConfigOptionType } from '../../src/meta/charm-meta';

/** One declared config option, as CharmMeta.config holds it. */
export function declaredOption(name: string, type: ConfigOptionType, extra: Partial<ConfigOptionMeta> = {}): ConfigOptionMeta {
  return { name, type, ...extra };
}

/** Declared options keyed by name, from `[name, type]` pairs. */
export function declaredOptions(...pairs: [string, ConfigOptionType][]): Record<string, ConfigOptionMeta> {
  return Object.fromEntries(pairs.map(([name, type]) => [name, declaredOption(name, type)]));
}
