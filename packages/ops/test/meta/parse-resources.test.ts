import { parseCharmcraftYaml } from '../../src/meta/parse-charmcraft-yaml';
import { charmcraft, metaError } from './meta-fixtures';

describe('resources', () => {
  it('defaults the type to file, which needs a filename', () => {
    const err = metaError(() => parseCharmcraftYaml(charmcraft('resources:\n  tool:\n    description: x\n')));
    expect(err).toMatchObject({ keyPath: 'resources.tool.filename', line: 3 });
    expect(err.message).toContain('is required: the file name Juju gives the resource');
  });

  it('does not need a filename for an oci-image', () => {
    expect(parseCharmcraftYaml(charmcraft('resources:\n  img:\n    type: oci-image\n')).resources['img']?.type).toBe('oci-image');
  });

  it('refuses an unknown type', () => {
    const err = metaError(() => parseCharmcraftYaml(charmcraft('resources:\n  img:\n    type: docker\n')));
    expect(err.message).toContain('resources.img.type: is string "docker": must be one of file, oci-image');
  });
});
