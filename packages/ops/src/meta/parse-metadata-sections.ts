import type { CharmMeta, RelationMeta } from './charm-meta';
import { checkName, JUJU_NAME } from './juju-names';
import type { MetaNode } from './meta-node';
import { parseContainers } from './parse-containers';
import { parseRelations } from './parse-relations';
import { parseResources } from './parse-resources';
import { parseStorages } from './parse-storage';

/** CharmMeta without `config` and `actions`, which live in other files in the legacy layout. */
export type MetadataSections = Omit<CharmMeta, 'config' | 'actions'>;

/**
 * Reads the metadata keys shared by charmcraft.yaml and legacy
 * metadata.yaml: name, summary, description, subordinate, assumes,
 * endpoints, containers, storage, resources and extra-bindings.
 */
export function parseMetadataSections(root: MetaNode): MetadataSections {
  root.map('a map of charm metadata keys');
  const nameNode = root.child('name');
  const name = checkName(nameNode, 'charm name', JUJU_NAME, nameNode.string('the charm name, for example `my-charm`'));
  const relations = parseRelations(root);
  const storages = parseStorages(root);
  const resources = parseResources(root);
  const subordinate = root.child('subordinate').boolean(false);
  if (subordinate) checkSubordinate(root, relations);
  return {
    name,
    summary: root.child('summary').optionalString(),
    description: root.child('description').optionalString(),
    subordinate,
    assumes: root.child('assumes').items('a list of Juju features or versions').map((a) => a.value),
    relations,
    containers: parseContainers(root, resources, storages),
    storages,
    resources,
    extraBindings: parseExtraBindings(root.child('extra-bindings'), relations),
  };
}

function checkSubordinate(root: MetaNode, relations: Readonly<Record<string, RelationMeta>>): void {
  const ok = Object.values(relations).some((r) => r.role === 'requires' && r.scope === 'container');
  if (!ok) {
    throw root.child('subordinate').fail(
      'a subordinate charm needs a requires endpoint with `scope: container` (usually `juju-info`) to attach to its principal',
    );
  }
}

function parseExtraBindings(node: MetaNode, relations: Readonly<Record<string, RelationMeta>>): string[] {
  // Juju writes extra-bindings as a map of names to nothing; accept a list too.
  const entries = Array.isArray(node.value)
    ? node.items().map((item) => [item, item.string('a binding name')] as const)
    : node.entries('a map of binding names').map((entry) => [entry, entry.name] as const);
  return entries.map(([entry, raw]) => {
    const name = checkName(entry, 'extra binding name', JUJU_NAME, raw);
    if (relations[name]) throw entry.fail(`extra binding ${JSON.stringify(name)} has the name of an endpoint: bindings and endpoints share one namespace`);
    return name;
  });
}
