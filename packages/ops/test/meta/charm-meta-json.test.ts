import type * as MetaBarrel from '../../src/meta';
import { charmMetaFromJson, charmMetaToJson } from '../../src/meta/charm-meta-json';
import { parseCharmcraftYaml } from '../../src/meta/parse-charmcraft-yaml';
import { k8sCharmcraftYaml, machineCharmcraftYaml, metaError } from './meta-fixtures';

describe('charm metadata as JSON', () => {
  it.each([
    ['a Kubernetes charm', k8sCharmcraftYaml()],
    ['a machine charm', machineCharmcraftYaml()],
  ])('round-trips %s through JSON text', (_what, yaml) => {
    const meta = parseCharmcraftYaml(yaml);
    const text = JSON.stringify(charmMetaToJson(meta));
    expect(charmMetaFromJson(JSON.parse(text))).toEqual(meta);
  });

  it('returns frozen metadata without freezing the input', () => {
    const json = charmMetaToJson(parseCharmcraftYaml(k8sCharmcraftYaml()));
    const meta = charmMetaFromJson(json);
    expect(Object.isFrozen(meta.relations)).toBe(true);
    expect(Object.isFrozen(json)).toBe(false);
  });

  it('fills missing sections with empty defaults', () => {
    expect(charmMetaFromJson({ name: 'tiny' })).toMatchObject({ name: 'tiny', subordinate: false, relations: {}, config: {}, extraBindings: [] });
  });

  describe('when the JSON does not fit', () => {
    it('refuses a non-object and says how to fix it', () => {
      expect(metaError(() => charmMetaFromJson([]))).toMatchObject({ file: 'charm-meta.json', keyPath: '' });
      expect(metaError(() => charmMetaFromJson('x')).message).toContain('re-render it with `jujuts build`');
    });

    it('refuses an entry whose name disagrees with its key', () => {
      const err = metaError(() => charmMetaFromJson({ name: 'a', relations: { db: { name: 'cache' } } }, 'dist/meta.json'));
      expect(err).toMatchObject({ file: 'dist/meta.json', keyPath: 'relations.db.name' });
    });

    it('refuses a missing name', () => {
      expect(metaError(() => charmMetaFromJson({ relations: {} })).keyPath).toBe('name');
    });
  });

  it('does not load the yaml library', () => {
    jest.isolateModules(() => {
      jest.doMock('yaml', () => {
        throw new Error('yaml was loaded');
      });
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const meta = require('../../src/meta') as typeof MetaBarrel;
      expect(meta.charmMetaFromJson({ name: 'lazy' }).name).toBe('lazy');
    });
  });
});
