import type { ResourceMeta } from './charm-meta';
import { checkName } from './juju-names';
import type { MetaNode } from './meta-node';

/** Reads the `resources` section; a file resource needs the filename Juju stores it under. */
export function parseResources(root: MetaNode): Record<string, ResourceMeta> {
  const resources: Record<string, ResourceMeta> = {};
  for (const entry of root.child('resources').entries('a map of resource name to resource')) {
    const name = checkName(entry, 'resource name');
    entry.map('a map with at least `type`');
    const type = entry.child('type').oneOf(['file', 'oci-image'], 'file');
    const filename = entry.child('filename');
    resources[name] = {
      name,
      type,
      filename: type === 'file' ? filename.string('the file name Juju gives the resource, for example `app.tar.gz`') : filename.optionalString(),
      description: entry.child('description').optionalString(),
    };
  }
  return resources;
}
