import { parseCharmcraftYaml } from '../../src/meta/parse-charmcraft-yaml';
import { charmcraft, metaError } from './meta-fixtures';

describe('charm-level metadata', () => {
  it('requires a name', () => {
    const err = metaError(() => parseCharmcraftYaml('summary: nameless\n'));
    expect(err).toMatchObject({ file: 'charmcraft.yaml', keyPath: 'name', line: 1 });
  });

  it('refuses an invalid charm name, at its line', () => {
    const err = metaError(() => parseCharmcraftYaml('summary: x\nname: My_Charm\n'));
    expect(err).toMatchObject({ keyPath: 'name', line: 2 });
    expect(err.message).toContain('"My_Charm" is not a valid charm name');
  });

  it('refuses a document that is not a map', () => {
    expect(metaError(() => parseCharmcraftYaml('- name: x\n')).message).toBe(
      'charmcraft.yaml:1: (document): must be a map of charm metadata keys, got a list',
    );
  });

  it('refuses an empty document with the missing name', () => {
    expect(metaError(() => parseCharmcraftYaml('')).keyPath).toBe('name');
  });

  it('refuses assumes that is not a list', () => {
    expect(metaError(() => parseCharmcraftYaml(charmcraft('assumes: k8s-api\n'))).keyPath).toBe('assumes');
  });

  describe('for a subordinate charm', () => {
    it('accepts one with a container-scoped requires endpoint', () => {
      const meta = parseCharmcraftYaml(charmcraft('subordinate: true\nrequires:\n  juju-info:\n    interface: juju-info\n    scope: container\n'));
      expect(meta.subordinate).toBe(true);
    });

    it('refuses one without a container-scoped requires endpoint, and says what to add', () => {
      const err = metaError(() => parseCharmcraftYaml(charmcraft('subordinate: true\nrequires:\n  db:\n    interface: x\n')));
      expect(err).toMatchObject({ keyPath: 'subordinate', line: 2 });
      expect(err.message).toContain('needs a requires endpoint with `scope: container`');
    });
  });

  describe('extra-bindings', () => {
    it('accepts the list form', () => {
      expect(parseCharmcraftYaml(charmcraft('extra-bindings: [public, admin]\n')).extraBindings).toEqual(['public', 'admin']);
    });

    it('refuses a binding named like an endpoint', () => {
      const err = metaError(() => parseCharmcraftYaml(charmcraft('requires:\n  db: x\nextra-bindings:\n  db:\n')));
      expect(err).toMatchObject({ keyPath: 'extra-bindings.db', line: 5 });
    });

    it('refuses an invalid binding name in the list form', () => {
      expect(metaError(() => parseCharmcraftYaml(charmcraft('extra-bindings: [Public]\n'))).keyPath).toBe('extra-bindings.0');
    });
  });
});
