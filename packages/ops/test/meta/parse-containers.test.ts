import { parseCharmcraftYaml } from '../../src/meta/parse-charmcraft-yaml';
import { charmcraft, metaError } from './meta-fixtures';

const IMAGE = 'resources:\n  img:\n    type: oci-image\n';

describe('containers', () => {
  it('keeps bases as given', () => {
    const meta = parseCharmcraftYaml(charmcraft('containers:\n  app:\n    bases:\n      - name: ubuntu\n        channel: "22.04"\n'));
    expect(meta.containers['app']).toEqual({ name: 'app', resource: undefined, bases: [{ name: 'ubuntu', channel: '22.04' }], mounts: [] });
  });

  describe('when a mount names an undeclared storage', () => {
    it('names the mount, the storage, what is declared and the fix', () => {
      const err = metaError(() =>
        parseCharmcraftYaml(charmcraft(`${IMAGE}storage:\n  data:\n    type: filesystem\ncontainers:\n  app:\n    resource: img\n    mounts:\n      - storage: logs\n        location: /logs\n`)),
      );
      expect(err).toMatchObject({ keyPath: 'containers.app.mounts.0.storage', line: 12 });
      expect(err.message).toContain('names storage "logs", which is not declared (declared: data); declare it under storage');
    });
  });

  it('requires storage in a mount', () => {
    expect(metaError(() => parseCharmcraftYaml(charmcraft('containers:\n  app:\n    mounts:\n      - location: /x\n'))).keyPath).toBe(
      'containers.app.mounts.0.storage',
    );
  });

  it('refuses a resource that is not a declared oci-image', () => {
    const err = metaError(() => parseCharmcraftYaml(charmcraft('containers:\n  app:\n    resource: img\n')));
    expect(err).toMatchObject({ keyPath: 'containers.app.resource', line: 4 });
    expect(err.message).toContain('not a declared oci-image resource (declared: none); add it under resources with type: oci-image');
  });

  it('refuses a file resource as an image', () => {
    const body = 'resources:\n  img:\n    filename: a.tgz\ncontainers:\n  app:\n    resource: img\n';
    expect(metaError(() => parseCharmcraftYaml(charmcraft(body))).keyPath).toBe('containers.app.resource');
  });

  it('refuses mounts that are not a list', () => {
    expect(metaError(() => parseCharmcraftYaml(charmcraft('containers:\n  app:\n    mounts: data\n'))).message).toContain('must be a list of mounts');
  });
});
