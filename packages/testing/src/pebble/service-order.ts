import { APIError } from '@jujuts/ops/pebble';
import type { Plan } from '@jujuts/ops/pebble';

function notFound(name: string): APIError {
  return new APIError(400, 'Bad Request', `service "${name}" does not exist`);
}

/**
 * The services Pebble would start for `names`, in start order: each with the
 * services it `requires`, ordered by `after`/`before`. Unknown names and
 * before/after loops are refused with Pebble's messages.
 */
export function startOrder(plan: Plan, names: readonly string[]): string[] {
  const wanted = new Set<string>();
  const pending = [...names];
  while (pending.length > 0) {
    const name = pending.shift() as string;
    if (wanted.has(name)) continue;
    const service = plan.services[name];
    if (service === undefined) throw notFound(name);
    wanted.add(name);
    pending.push(...(service.requires ?? []));
  }
  return sortByAfter(plan, [...wanted]);
}

/** The services Pebble would stop for `names`, in stop order: each with the services that require it. */
export function stopOrder(plan: Plan, names: readonly string[]): string[] {
  const wanted = new Set<string>();
  const pending = [...names];
  while (pending.length > 0) {
    const name = pending.shift() as string;
    if (wanted.has(name)) continue;
    if (plan.services[name] === undefined) throw notFound(name);
    wanted.add(name);
    for (const [other, service] of Object.entries(plan.services)) {
      if (service.requires?.includes(name)) pending.push(other);
    }
  }
  return sortByAfter(plan, [...wanted]).reverse();
}

/** Topological order: a service comes after those in its `after` and before those in its `before`. */
function sortByAfter(plan: Plan, names: string[]): string[] {
  const inSet = new Set(names);
  const preds = new Map<string, Set<string>>(names.map((n) => [n, new Set<string>()]));
  for (const name of names) {
    const service = plan.services[name];
    for (const a of service?.after ?? []) if (inSet.has(a)) preds.get(name)?.add(a);
    for (const b of service?.before ?? []) if (inSet.has(b)) preds.get(b)?.add(name);
  }
  const out: string[] = [];
  const remaining = [...names].sort();
  while (remaining.length > 0) {
    const next = remaining.findIndex((n) => [...(preds.get(n) ?? [])].every((p) => out.includes(p)));
    if (next === -1) throw new APIError(400, 'Bad Request', `services in before/after loop: ${remaining.join(', ')}`);
    out.push(...remaining.splice(next, 1));
  }
  return out;
}
