import { parseLegacyMeta } from '../../src/meta/parse-legacy-meta';
import { legacyTrio, metaError } from './meta-fixtures';

describe('parseLegacyMeta', () => {
  describe('with metadata.yaml, config.yaml and actions.yaml', () => {
    const meta = parseLegacyMeta(legacyTrio());

    it('reads the metadata', () => {
      expect(meta.name).toBe('legacy');
      expect(meta.relations['db']).toMatchObject({ role: 'requires', interface: 'mysql' });
      expect(meta.relations['replicas']).toMatchObject({ role: 'peers', interface: 'legacy_peers' });
    });

    it('reads config options from config.yaml', () => {
      expect(meta.config['port']).toEqual({ name: 'port', type: 'int', default: 80 });
    });

    it('reads actions from actions.yaml', () => {
      expect(meta.actions['backup']).toMatchObject({ description: 'Back up', params: { target: { type: 'string' } } });
    });
  });

  it('works without config.yaml and actions.yaml', () => {
    const meta = parseLegacyMeta({ metadata: legacyTrio().metadata });
    expect(meta).toMatchObject({ config: {}, actions: {} });
  });

  describe('when a file breaks a rule', () => {
    it('names config.yaml with its own key path and line', () => {
      const err = metaError(() => parseLegacyMeta({ ...legacyTrio(), config: 'options:\n  port:\n    type: int\n    default: eighty\n' }));
      expect(err).toMatchObject({ file: 'config.yaml', keyPath: 'options.port.default', line: 4 });
    });

    it('names actions.yaml', () => {
      const err = metaError(() => parseLegacyMeta({ ...legacyTrio(), actions: 'backup:\n  parallel: maybe\n' }));
      expect(err).toMatchObject({ file: 'actions.yaml', keyPath: 'backup.parallel', line: 2 });
    });

    it('names metadata.yaml', () => {
      const err = metaError(() => parseLegacyMeta({ ...legacyTrio(), metadata: 'name: x\nrequires:\n  db: {}\n' }));
      expect(err).toMatchObject({ file: 'metadata.yaml', keyPath: 'requires.db.interface', line: 3 });
    });

    it('names the file of a YAML syntax error', () => {
      expect(metaError(() => parseLegacyMeta({ ...legacyTrio(), actions: 'a: [\n' })).file).toBe('actions.yaml');
    });

    it('puts the directory in front of file names when given', () => {
      const err = metaError(() => parseLegacyMeta({ ...legacyTrio(), config: 'options: 3\n' }, '/charm'));
      expect(err.file).toBe('/charm/config.yaml');
    });
  });
});
