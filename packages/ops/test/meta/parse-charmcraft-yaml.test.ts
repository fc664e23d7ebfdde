import { parseCharmcraftYaml } from '../../src/meta/parse-charmcraft-yaml';
import { charmcraft, k8sCharmcraftYaml, machineCharmcraftYaml } from './meta-fixtures';

describe('parseCharmcraftYaml', () => {
  describe('for a Kubernetes charm', () => {
    const meta = parseCharmcraftYaml(k8sCharmcraftYaml());

    it('reads the descriptive fields', () => {
      expect(meta).toMatchObject({
        name: 'web',
        summary: 'A web server',
        description: 'Serves the web.\n',
        subordinate: false,
        assumes: ['k8s-api', 'juju >= 3.4'],
        extraBindings: ['admin-api'],
      });
    });

    it('reads every endpoint with its role and defaults', () => {
      expect(meta.relations).toEqual({
        db: { name: 'db', role: 'requires', interface: 'postgresql_client', limit: 1, scope: 'global', optional: false },
        logging: { name: 'logging', role: 'requires', interface: 'loki_push_api', limit: undefined, scope: 'global', optional: true },
        metrics: { name: 'metrics', role: 'provides', interface: 'prometheus_scrape', limit: undefined, scope: 'global', optional: false },
        cluster: { name: 'cluster', role: 'peers', interface: 'web_peers', limit: undefined, scope: 'global', optional: false },
      });
    });

    it('reads containers with their mounts and image resource', () => {
      expect(meta.containers['web']).toEqual({
        name: 'web',
        resource: 'web-image',
        bases: [],
        mounts: [{ storage: 'data', location: '/srv/data' }],
      });
      expect(meta.resources['web-image']).toMatchObject({ type: 'oci-image', description: 'The web server image' });
    });

    it('reads config options with typed defaults', () => {
      expect(meta.config).toEqual({
        'log-level': { name: 'log-level', type: 'string', default: 'info', description: 'How much to log' },
        port: { name: 'port', type: 'int', default: 8080, description: undefined },
        ratio: { name: 'ratio', type: 'float', default: 0.5, description: undefined },
        debug: { name: 'debug', type: 'boolean', default: false, description: undefined },
        'api-key': { name: 'api-key', type: 'secret', default: undefined, description: undefined },
      });
    });

    it('reads actions with params, required list and execution settings', () => {
      expect(meta.actions['backup']).toEqual({
        name: 'backup',
        description: 'Back up the database',
        params: { path: { type: 'string' }, compress: { type: 'boolean' } },
        required: ['path'],
        additionalProperties: false,
        executionGroup: 'db',
        parallel: true,
      });
      expect(meta.actions['restart']).toMatchObject({ params: {}, required: [], additionalProperties: true, parallel: false });
    });

    it('returns frozen metadata', () => {
      expect(Object.isFrozen(meta)).toBe(true);
      expect(Object.isFrozen(meta.relations['db'])).toBe(true);
      expect(Object.isFrozen(meta.actions['backup']?.params['path'])).toBe(true);
    });
  });

  describe('for a machine charm', () => {
    const meta = parseCharmcraftYaml(machineCharmcraftYaml());

    it('reads block storage with a bounded range and minimum size', () => {
      expect(meta.storages['data']).toEqual({
        name: 'data',
        type: 'block',
        description: undefined,
        location: undefined,
        shared: false,
        readOnly: false,
        multiple: { min: 1, max: 10 },
        minimumSize: '10G',
        properties: [],
      });
    });

    it('reads open-ended and exact ranges and the storage flags', () => {
      expect(meta.storages['logs']).toMatchObject({ shared: true, readOnly: true, multiple: { min: 2, max: undefined }, properties: ['transient'] });
      expect(meta.storages['scratch']?.multiple).toEqual({ min: 3, max: 3 });
    });

    it('reads a file resource with its filename', () => {
      expect(meta.resources['tool']).toEqual({ name: 'tool', type: 'file', filename: 'tool.tar.gz', description: undefined });
    });

    it('has no containers, config or actions', () => {
      expect(meta).toMatchObject({ containers: {}, config: {}, actions: {} });
    });
  });

  describe('when the file is minimal', () => {
    it('fills every section with an empty default', () => {
      expect(parseCharmcraftYaml(charmcraft(''))).toEqual({
        name: 'demo',
        summary: undefined,
        description: undefined,
        subordinate: false,
        assumes: [],
        relations: {},
        containers: {},
        storages: {},
        resources: {},
        extraBindings: [],
        config: {},
        actions: {},
      });
    });
  });

  it('names the given file in errors', () => {
    expect(() => parseCharmcraftYaml('summary: x\n', 'charms/web/charmcraft.yaml')).toThrow(/^charms\/web\/charmcraft.yaml:1: name: is required/);
  });
});
