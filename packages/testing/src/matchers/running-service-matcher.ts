import type { State } from '../context';
import { requireShape, result, show, type MatcherResult, type MatcherThis } from './matcher-result';

/** `expect(state).toHaveRunningService('web', 'nginx')`: the container's Pebble has the service active. */
export function toHaveRunningService(this: MatcherThis | void, received: unknown, container: string, service: string): MatcherResult {
  const state = requireShape<State>('toHaveRunningService', received, 'a State', (v) => typeof v === 'object' && v !== null && 'containers' in v);
  const found = state.containers.find((c) => c.name === container);
  if (!found) {
    const names = state.containers.map((c) => c.name).join(', ') || 'none';
    return result(false, '', `expected container ${show(container)} to run ${show(service)}, but the State has no such container (containers: ${names})`);
  }
  const status = found.serviceStatuses[service];
  const pass = status === 'active';
  const defined = Object.values(found.layers).some((l) => l.services?.[service] !== undefined);
  const why = status === undefined ? (defined ? 'it has never been started' : 'no layer defines it') : `it is ${status}`;
  return result(
    pass,
    `expected service ${show(service)} in container ${show(container)} not to be running, but it is active`,
    `expected service ${show(service)} in container ${show(container)} to be running (active), but ${why}; services: ${show(found.serviceStatuses)}`,
  );
}
