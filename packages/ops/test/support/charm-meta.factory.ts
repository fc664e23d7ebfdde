import type { ActionMeta, CharmMeta, ConfigOptionMeta, RelationMeta } from '../../src/meta/charm-meta';

/** Endpoints given as `name: 'interface'` or full metadata. */
type RelationSpec = Record<string, Partial<RelationMeta> & { role: RelationMeta['role'] }>;

/** Builds a CharmMeta for tests from the parts a test cares about. */
export function makeMeta(parts: {
  name?: string;
  relations?: RelationSpec;
  containers?: string[];
  storages?: string[];
  config?: Record<string, Partial<ConfigOptionMeta> & { type: ConfigOptionMeta['type'] }>;
  actions?: string[] | Record<string, Partial<ActionMeta>>;
} = {}): CharmMeta {
  const relations: Record<string, RelationMeta> = {};
  for (const [name, r] of Object.entries(parts.relations ?? {})) {
    relations[name] = { name, interface: r.interface ?? name, scope: r.scope ?? 'global', optional: r.optional ?? false, role: r.role, limit: r.limit };
  }
  const actionEntries = Array.isArray(parts.actions) ? parts.actions.map((a) => [a, {}] as const) : Object.entries(parts.actions ?? {});
  return {
    name: parts.name ?? 'test-charm',
    subordinate: false,
    assumes: [],
    relations,
    containers: Object.fromEntries((parts.containers ?? []).map((c) => [c, { name: c, mounts: [] }])),
    storages: Object.fromEntries(
      (parts.storages ?? []).map((s) => [s, { name: s, type: 'filesystem' as const, shared: false, readOnly: false, properties: [] }]),
    ),
    resources: {},
    extraBindings: [],
    config: Object.fromEntries(Object.entries(parts.config ?? {}).map(([n, o]) => [n, { name: n, ...o }])),
    actions: Object.fromEntries(
      actionEntries.map(([n, a]) => [n, { name: n, params: {}, required: [], additionalProperties: true, parallel: false, ...a }]),
    ),
  };
}
