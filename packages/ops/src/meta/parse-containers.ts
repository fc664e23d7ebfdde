import type { ContainerMeta, ResourceMeta, StorageMeta } from './charm-meta';
import { checkName } from './juju-names';
import type { MetaNode } from './meta-node';

const list = (names: readonly string[]): string => (names.length ? names.join(', ') : 'none');

/**
 * Reads the `containers` section. Resources and storages must already be
 * parsed: a container's image resource and its mounts' storages must be
 * declared, or Juju refuses the charm at deploy time.
 */
export function parseContainers(
  root: MetaNode,
  resources: Readonly<Record<string, ResourceMeta>>,
  storages: Readonly<Record<string, StorageMeta>>,
): Record<string, ContainerMeta> {
  const containers: Record<string, ContainerMeta> = {};
  for (const entry of root.child('containers').entries('a map of container name to container')) {
    const name = checkName(entry, 'container name');
    entry.map('a map with `resource` or `bases`');
    const resourceNode = entry.child('resource');
    const resource = resourceNode.optionalString('the name of an oci-image resource');
    if (resource !== undefined && resources[resource]?.type !== 'oci-image') {
      const images = Object.values(resources).filter((r) => r.type === 'oci-image').map((r) => r.name);
      throw resourceNode.fail(
        `container ${JSON.stringify(name)} uses resource ${JSON.stringify(resource)}, which is not a declared oci-image resource (declared: ${list(images)}); add it under resources with type: oci-image`,
      );
    }
    containers[name] = {
      name,
      resource,
      bases: entry.child('bases').items('a list of bases').map((b) => Object.freeze({ ...b.map('a base map') })),
      mounts: entry.child('mounts').items('a list of mounts').map((mount) => {
        mount.map('a map with `storage` and `location`');
        const storageNode = mount.child('storage');
        const storage = storageNode.string('the name of a declared storage');
        if (!storages[storage]) {
          throw storageNode.fail(
            `mount of container ${JSON.stringify(name)} names storage ${JSON.stringify(storage)}, which is not declared (declared: ${list(Object.keys(storages))}); declare it under storage`,
          );
        }
        return { storage, location: mount.child('location').optionalString('a path, for example `/var/lib/data`') };
      }),
    };
  }
  return containers;
}
