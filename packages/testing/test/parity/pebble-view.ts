import type { JsonValue } from '@jujuts/ops/internal';
import type { State } from '../../src/context';
import type { PebbleSnapshot } from '../../src/sim';

/**
 * Pebble as the two sides keep it, in one shape: layers by label in order,
 * and services that are not inactive (a State leaves inactive services out;
 * a snapshot lists every service ever started or stopped).
 */
export function contextPebble(state: State): JsonValue {
  return Object.fromEntries(
    state.containers.map((c) => [
      c.name,
      { layers: Object.entries(c.layers), services: activeOnly(c.serviceStatuses) },
    ]),
  ) as unknown as JsonValue;
}

/** The same shape from the simulator's snapshots of the Pebble stand-ins. */
export function processPebble(saved: Readonly<Record<string, PebbleSnapshot>>): JsonValue {
  return Object.fromEntries(
    Object.entries(saved).map(([name, s]) => [
      name,
      { layers: [...s.layers].sort((a, b) => a.order - b.order).map((l) => [l.label, l.layer]), services: activeOnly(s.services) },
    ]),
  ) as unknown as JsonValue;
}

function activeOnly(services: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(services).filter(([, status]) => status !== 'inactive'));
}
