import type * as YamlModule from 'yaml';

/**
 * The yaml package, loaded on first use: it costs 60–95 ms to require and
 * most commands never need it.
 */
export function loadYaml(): typeof YamlModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('yaml') as typeof YamlModule;
}
