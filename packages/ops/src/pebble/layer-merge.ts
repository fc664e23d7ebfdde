import type { Check, LogTarget, Service } from './types';

/** Appends `extra` to `base`, keeping the first occurrence of each item (Pebble's appendUnique). */
function appendUnique(base: string[] | undefined, extra: string[] | undefined): string[] | undefined {
  if (extra === undefined) return base === undefined ? undefined : [...base];
  const out = [...(base ?? [])];
  for (const item of extra) if (!out.includes(item)) out.push(item);
  return out;
}

function mergeMap<T>(base: Record<string, T> | undefined, extra: Record<string, T> | undefined): Record<string, T> | undefined {
  if (extra === undefined) return base === undefined ? undefined : { ...base };
  return { ...(base ?? {}), ...extra };
}

/** Copies scalar fields that are set (non-empty) in `extra` over `base`, as Pebble's Merge methods do. */
function mergeScalars<T extends object>(base: T, extra: T, skip: readonly string[]): T {
  const out = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(extra)) {
    if (skip.includes(key) || value === undefined || value === '') continue;
    out[key] = value;
  }
  return out as T;
}

/** A deep copy of a layer entry, so a plan never shares arrays or maps with a caller's layer. */
export function copyEntry<T extends object>(entry: T): T {
  return structuredClone(entry);
}

/** `override: merge` for a service: scalars replace, after/before/requires append, maps merge. */
export function mergeService(base: Service, extra: Service): Service {
  const lists = ['after', 'before', 'requires'] as const;
  const maps = ['environment', 'on-check-failure'] as const;
  const out = mergeScalars(copyEntry(base), extra, [...lists, ...maps]);
  for (const key of lists) {
    const merged = appendUnique(base[key], extra[key]);
    if (merged !== undefined) out[key] = merged;
  }
  const env = mergeMap(base.environment, extra.environment);
  if (env !== undefined) out.environment = env;
  const onCheck = mergeMap(base['on-check-failure'], extra['on-check-failure']);
  if (onCheck !== undefined) out['on-check-failure'] = onCheck;
  return out;
}

/** `override: merge` for a check: scalars replace; the http/tcp/exec sub-objects merge field by field. */
export function mergeCheck(base: Check, extra: Check): Check {
  const out = mergeScalars(copyEntry(base), extra, ['http', 'tcp', 'exec']);
  if (extra.http !== undefined) {
    const http = mergeScalars(base.http ?? {}, extra.http, ['headers']);
    const headers = mergeMap(base.http?.headers, extra.http.headers);
    out.http = headers === undefined ? http : { ...http, headers };
  }
  if (extra.tcp !== undefined) out.tcp = mergeScalars(base.tcp ?? {}, extra.tcp, []);
  if (extra.exec !== undefined) {
    const exec = mergeScalars(base.exec ?? {}, extra.exec, ['environment']);
    const environment = mergeMap(base.exec?.environment, extra.exec.environment);
    out.exec = environment === undefined ? exec : { ...exec, environment };
  }
  return out;
}

/** `override: merge` for a log target: scalars replace, services append, labels merge. */
export function mergeLogTarget(base: LogTarget, extra: LogTarget): LogTarget {
  const out = mergeScalars(copyEntry(base), extra, ['services', 'labels']);
  const services = appendUnique(base.services, extra.services);
  if (services !== undefined) out.services = services;
  const labels = mergeMap(base.labels, extra.labels);
  if (labels !== undefined) out.labels = labels;
  return out;
}
