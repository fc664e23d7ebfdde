import type * as Yaml from 'yaml';
import { PlanError } from './plan-error';
import type { Layer } from './types';

/** Parses a layer written as YAML, as Pebble accepts it; throws PlanError if it is not a mapping. */
export function parseLayer(text: string): Layer {
  // Loaded only here: the YAML parser costs ~60-90 ms to load and a hook
  // that only sends layers never needs it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { parse } = require('yaml') as typeof Yaml;
  let value: unknown;
  try {
    value = parse(text);
  } catch (err) {
    throw new PlanError(`cannot parse layer YAML: ${(err as Error).message}`);
  }
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new PlanError('layer YAML must be a mapping');
  return value as Layer;
}

/**
 * Renders a layer for Pebble's `/v1/layers`. JSON is valid YAML, which
 * Pebble parses; it is exact for every string (yaml 2.9's stringify
 * mis-encodes some whitespace-only lines in folded scalars) and needs no
 * YAML library at run time.
 */
export function layerToYaml(layer: Layer): string {
  return JSON.stringify(layer);
}
