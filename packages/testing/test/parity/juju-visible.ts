import type { JsonValue } from '@jujuts/ops/internal';
import type { JujuState, LogRecord, StatusState } from '../../src/juju';

/** Everything Juju (and the operator) can see of one unit after a step, in one comparable object. */
export interface JujuVisible {
  /** Juju's model of the unit: statuses, workload version, every relation bag, ports, secrets, leadership, config. */
  readonly juju: Omit<JujuState, 'actionParams'>;
  /** The charm's stored state and deferred queue, as the framework persisted them. */
  readonly persisted: { stored: JsonValue; deferred: JsonValue };
  readonly logs: readonly LogRecord[];
  readonly unitStatusHistory: readonly StatusState[];
  readonly appStatusHistory: readonly StatusState[];
  readonly workloadVersionHistory: readonly string[];
  /** Present for action steps only. */
  readonly action?: { results: JsonValue; logs: readonly string[]; failure: string | null };
  /** Pebble's layers (by label, in order) and service states, for charms with containers. */
  readonly pebble?: JsonValue;
}

/** What a charm generates at random, found in a canonical JSON text. */
interface GeneratedPattern {
  readonly name: string;
  readonly pattern: RegExp;
}

/**
 * Values that legitimately differ between two runs of the same events,
 * because they are generated at random on each run (not because the two
 * pipelines disagree): secret ids (the fake Juju mints a random xid, as
 * Juju does), UUIDs the charm makes (machine-app's cluster id) and the
 * db-provider's random passwords (24 random bytes, base64url: 32 chars).
 */
const GENERATED: readonly GeneratedPattern[] = [
  { name: 'secret', pattern: /\b[0-9a-v]{20}\b/g },
  { name: 'uuid', pattern: /\b[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\b/g },
  { name: 'password', pattern: /(?<="password": ")[A-Za-z0-9_-]{32}(?=")/g },
];

/**
 * The canonical JSON of `value` (keys sorted, so insertion order does not
 * count) with each generated value replaced by `<kind-N>`, numbered by
 * first appearance. The numbering keeps identity: a databag that names the
 * secret the charm created gets the same placeholder as the secret itself,
 * and a stale id would get another.
 */
export function canonical(value: unknown): string {
  let text = JSON.stringify(sortKeys(value), null, 1);
  for (const { name, pattern } of GENERATED) {
    const seen = new Map<string, string>();
    text = text.replace(pattern, (match) => {
      let placeholder = seen.get(match);
      if (placeholder === undefined) {
        placeholder = `<${name}-${seen.size + 1}>`;
        seen.set(match, placeholder);
      }
      return placeholder;
    });
  }
  return text;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = sortKeys(v);
  }
  return out;
}
