import { copyEntry, mergeCheck, mergeLogTarget, mergeService } from './layer-merge';
import { PlanError } from './plan-error';
import type { LabelledLayer, Layer, Override, Plan } from './types';

type Section = 'services' | 'checks' | 'log-targets';
const SECTIONS: readonly Section[] = ['services', 'checks', 'log-targets'];
const SINGULAR: Record<Section, string> = { services: 'service', checks: 'check', 'log-targets': 'log target' };

interface Entry {
  override?: Override;
}

function mergeEntry(section: Section, base: Entry, extra: Entry): Entry {
  if (section === 'services') return mergeService(base, extra);
  if (section === 'checks') return mergeCheck(base, extra);
  return mergeLogTarget(base, extra);
}

/** Folds one section of `layer` into `into`, applying each entry's `override` as Pebble does. */
function combineSection(section: Section, into: Record<string, Entry>, layer: Layer, label: string): void {
  const entries = (layer[section] ?? {}) as Record<string, Entry>;
  for (const [name, entry] of Object.entries(entries)) {
    const existing = into[name];
    if (entry.override === 'merge') {
      into[name] = existing === undefined ? copyEntry(entry) : mergeEntry(section, existing, entry);
    } else if (entry.override === 'replace') {
      into[name] = copyEntry(entry);
    } else if (entry.override === undefined || (entry.override as string) === '') {
      throw new PlanError(
        `layer "${label}" must define "override" for ${SINGULAR[section]} "${name}" (use "merge" or "replace")`,
      );
    } else {
      throw new PlanError(
        `layer "${label}" has invalid "override" value "${String(entry.override)}" for ${SINGULAR[section]} "${name}" (use "merge" or "replace")`,
      );
    }
  }
}

function labelOf(layer: Layer | LabelledLayer, index: number): string {
  return 'label' in layer && typeof layer.label === 'string' ? layer.label : `#${index}`;
}

function layerOf(layer: Layer | LabelledLayer): Layer {
  return 'layer' in layer && typeof layer.label === 'string' ? layer.layer : (layer as Layer);
}

/**
 * Combines two layers into one, as `addLayer(label, layer, {combine: true})`
 * does with an existing label. The result keeps each entry's latest
 * `override`, so the combined layer means the same in a plan.
 */
export function mergeLayer(base: Layer, layer: Layer, label = 'layer'): Layer {
  const out: Layer = {};
  const summary = layer.summary || base.summary;
  const description = layer.description || base.description;
  if (summary !== undefined) out.summary = summary;
  if (description !== undefined) out.description = description;
  for (const section of SECTIONS) {
    const into: Record<string, Entry> = {};
    combineSection(section, into, base, label);
    combineSection(section, into, layer, label);
    if (Object.keys(into).length > 0) (out as Record<Section, Record<string, Entry>>)[section] = into;
  }
  return out;
}

/**
 * Pebble fills in the default threshold in the plan it reports; the default
 * period (10s) and timeout (3s) apply but are not shown, as in Pebble.
 */
const DEFAULT_CHECK_THRESHOLD = 3;

/**
 * Combines layers in order into the plan Pebble would report. Every entry of
 * every layer needs `override` (`merge` or `replace`); the plan is validated.
 */
export function combineLayers(layers: readonly (Layer | LabelledLayer)[]): Plan {
  const plan: Plan = { services: {}, checks: {}, 'log-targets': {} };
  layers.forEach((l, i) => {
    for (const section of SECTIONS) combineSection(section, plan[section] as Record<string, Entry>, layerOf(l), labelOf(l, i));
  });
  for (const check of Object.values(plan.checks)) {
    if (!check.threshold) check.threshold = DEFAULT_CHECK_THRESHOLD;
  }
  validatePlan(plan);
  return plan;
}

// Pebble's rule: a shutdown "with the other outcome" only where it can mean something:
// failure-shutdown after a success, success-shutdown after a failure or a failed check.
const BASE_ACTIONS = ['', 'restart', 'shutdown', 'ignore'];
const ACTIONS: Readonly<Record<'on-success' | 'on-failure' | 'on-check-failure', readonly string[]>> = {
  'on-success': [...BASE_ACTIONS, 'failure-shutdown'],
  'on-failure': [...BASE_ACTIONS, 'success-shutdown'],
  'on-check-failure': [...BASE_ACTIONS, 'success-shutdown'],
};

/** Throws PlanError for a plan Pebble would refuse. */
export function validatePlan(plan: Plan): void {
  for (const [name, service] of Object.entries(plan.services)) {
    if (!service.command) throw new PlanError(`plan must define "command" for service "${name}"`);
    for (const key of ['on-success', 'on-failure'] as const) {
      const action = service[key];
      if (action !== undefined && !ACTIONS[key].includes(action)) {
        throw new PlanError(`plan service "${name}" ${key} action "${action}" invalid`);
      }
    }
    for (const action of Object.values(service['on-check-failure'] ?? {})) {
      if (!ACTIONS['on-check-failure'].includes(action)) throw new PlanError(`plan service "${name}" on-check-failure action "${action}" invalid`);
    }
  }
  for (const [name, check] of Object.entries(plan.checks)) {
    const kinds = [check.http, check.tcp, check.exec].filter((k) => k !== undefined).length;
    if (kinds !== 1) throw new PlanError(`plan must specify one of "http", "tcp", or "exec" for check "${name}"`);
    if (check.http !== undefined && !check.http.url) throw new PlanError(`plan must set "url" for http check "${name}"`);
    if (check.tcp !== undefined && !check.tcp.port) throw new PlanError(`plan must set "port" for tcp check "${name}"`);
    if (check.exec !== undefined && !check.exec.command) {
      throw new PlanError(`plan must set "command" for exec check "${name}"`);
    }
  }
}

/**
 * Pebble's `addLayer` on a list of labelled layers, returned as a new list:
 * a new label is appended; an existing label is combined into with
 * `combine`, and refused without it. Throws PlanError if the resulting plan
 * is invalid, leaving the caller's list untouched.
 */
export function addLayerTo(layers: readonly LabelledLayer[], label: string, layer: Layer, combine: boolean): LabelledLayer[] {
  if (label === '') throw new PlanError('layer label must not be empty');
  if (label.startsWith('pebble-')) throw new PlanError(`cannot use reserved label prefix "pebble-" (layer "${label}")`);
  const index = layers.findIndex((l) => l.label === label);
  let next: LabelledLayer[];
  if (index === -1) {
    const order = layers.reduce((max, l) => Math.max(max, l.order), 0) + 1;
    next = [...layers, { label, order, layer: copyEntry(layer) }];
  } else if (combine) {
    const existing = layers[index] as LabelledLayer;
    next = layers.map((l, i) => (i === index ? { ...existing, layer: mergeLayer(existing.layer, layer, label) } : l));
  } else {
    throw new PlanError(`layer "${label}" already exists (pass combine: true to combine into it)`);
  }
  combineLayers(next);
  return next;
}
