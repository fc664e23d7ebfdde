import type { RelationMeta } from './charm-meta';
import { checkName } from './juju-names';
import type { MetaNode } from './meta-node';

const ROLES = ['requires', 'provides', 'peers'] as const;

/**
 * Reads `requires`, `provides` and `peers` into one map of endpoints. An
 * endpoint may be a map or, as in old metadata.yaml files, just the
 * interface name. Names must be unique across the three sections because
 * Juju addresses relations by endpoint name alone.
 */
export function parseRelations(root: MetaNode): Record<string, RelationMeta> {
  const relations: Record<string, RelationMeta> = {};
  for (const role of ROLES) {
    for (const entry of root.child(role).entries(`a map of endpoint name to endpoint`)) {
      const name = checkName(entry, 'endpoint name');
      const previous = relations[name];
      if (previous) {
        throw entry.fail(`endpoint ${JSON.stringify(name)} is already declared under ${previous.role}: endpoint names must be unique across requires, provides and peers`);
      }
      relations[name] = typeof entry.value === 'string' ? shorthand(name, role, entry) : parseEndpoint(name, role, entry);
    }
  }
  return relations;
}

function shorthand(name: string, role: RelationMeta['role'], entry: MetaNode): RelationMeta {
  return { name, role, interface: entry.string('the interface name'), scope: 'global', optional: false };
}

function parseEndpoint(name: string, role: RelationMeta['role'], entry: MetaNode): RelationMeta {
  entry.map('a map with at least `interface`');
  return {
    name,
    role,
    interface: entry.child('interface').string('the interface name, for example `postgresql_client`'),
    limit: entry.child('limit').integer(1),
    scope: entry.child('scope').oneOf(['global', 'container'], 'global'),
    optional: entry.child('optional').boolean(false),
  };
}
