import { renderSchema } from '../../src/typed';
import { charmSpec } from './schema-classes';

describe('renderSchema', () => {
  describe('the config section', () => {
    it('gives each option its Juju type, initializer default and description', () => {
      expect(renderSchema({ config: charmSpec().config }).config).toEqual({
        options: {
          'log-level': { type: 'string', default: 'info', description: 'Log verbosity' },
          port: { type: 'int', default: 8080, description: 'HTTP port' },
          ratio: { type: 'float', default: 0.5 },
          debug: { type: 'boolean', default: false, description: 'Verbose errors' },
          'admin-password': { type: 'secret', description: 'Admin password' },
        },
      });
    });

    it('keeps the declaration order of decorated options', () => {
      const options = renderSchema(charmSpec()).config?.options ?? {};
      expect(Object.keys(options)).toEqual(['log-level', 'port', 'ratio', 'debug', 'admin-password']);
    });
  });

  describe('the actions section', () => {
    it('derives JSON schema from class-validator rules, with required and additionalProperties', () => {
      expect(renderSchema(charmSpec()).actions?.['backup']).toEqual({
        description: 'Back up the database',
        params: {
          'target-dir': { type: 'string', pattern: '^/', description: 'Directory to write to' },
          compression: { enum: ['none', 'gzip', 'zstd'], type: 'string', description: 'Compression', default: 'gzip' },
          retries: { type: 'integer', minimum: 1, maximum: 10, default: 3 },
          'dry-run': { type: 'boolean' },
          label: { type: 'string' },
        },
        required: ['target-dir'],
        additionalProperties: false,
      });
    });

    it('renders arrays with item rules and nested classes as objects', () => {
      expect(renderSchema(charmSpec()).actions?.['restore']).toEqual({
        params: {
          parts: { type: 'array', items: { type: 'string', enum: ['db', 'media'] }, default: ['db'] },
          from: { type: 'object' },
          force: { type: 'boolean' },
        },
        required: ['from'],
        additionalProperties: false,
      });
    });

    it('renders an action without params as its description alone', () => {
      expect(renderSchema(charmSpec()).actions?.['pause']).toEqual({ description: 'Stop serving' });
    });
  });

  describe('when the spec has no config', () => {
    it('renders no config section', () => {
      expect(renderSchema({ actions: {} })).toEqual({ actions: {} });
    });
  });
});
