import { parse, stringify } from 'yaml';
import { PlanError } from './plan-error';
import type { Layer } from './types';

/** Parses a layer written as YAML, as Pebble accepts it; throws PlanError if it is not a mapping. */
export function parseLayer(text: string): Layer {
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

/** Renders a layer as the YAML Pebble's `/v1/layers` expects. */
export function layerToYaml(layer: Layer): string {
  return stringify(layer);
}
