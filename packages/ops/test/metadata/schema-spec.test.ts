import { action, CharmBase, CharmDefinitionError } from '../../src';
import { checkCharmSchema, checkSchema, isCharmClass, renderCharmSchema, renderSchema, schemaSpecOf } from '../../src/metadata/schema-spec';
import { ActionsOnlyCharm, ConfigOnlyCharm, edited, FullCharm, fullCharmYaml, RestoreParams, WebConfig } from './schema-charms';

describe('schemaSpecOf', () => {
  it('takes the config class from @charm and no actions from a charm without @action', () => {
    expect(schemaSpecOf(ConfigOnlyCharm)).toEqual({ config: WebConfig });
  });

  it('takes every @action with its params class and description', () => {
    expect(schemaSpecOf(ActionsOnlyCharm)).toEqual({
      actions: { restore: { params: RestoreParams, description: 'Restore a backup' }, pause: {} },
    });
  });

  it('includes inherited actions but not those only a component handles', () => {
    const spec = schemaSpecOf(FullCharm);
    expect(Object.keys(spec.actions ?? {})).toEqual(['pause', 'restore']);
    expect(spec.actions?.['pause']).toEqual({ description: 'Stop serving' });
  });

  describe('when two handlers of one action declare different params classes', () => {
    it('throws naming both methods', () => {
      class Other {}
      class Clashing extends CharmBase {
        @action('restore', RestoreParams) first() {}
        @action('restore', Other) second() {}
      }
      expect(() => schemaSpecOf(Clashing)).toThrow(CharmDefinitionError);
      expect(() => schemaSpecOf(Clashing)).toThrow(
        "@action('restore') on Clashing.second: params Other differ from RestoreParams on Clashing.first; give every handler of one action the same params class",
      );
    });
  });
});

describe('isCharmClass', () => {
  it('recognises classes with @charm options or handlers', () => {
    expect(isCharmClass(ConfigOnlyCharm)).toBe(true);
    expect(isCharmClass(ActionsOnlyCharm)).toBe(true);
  });

  it('rejects data classes, plain functions and non-functions', () => {
    expect(isCharmClass(WebConfig)).toBe(false);
    expect(isCharmClass(() => 1)).toBe(false);
    expect(isCharmClass({ config: WebConfig })).toBe(false);
    expect(isCharmClass(undefined)).toBe(false);
  });
});

describe('renderSchema', () => {
  describe('given a config-only charm class', () => {
    it('renders config.options and no actions section', () => {
      expect(renderSchema(ConfigOnlyCharm)).toEqual({
        config: {
          options: {
            'log-level': { type: 'string', default: 'info', description: 'Log verbosity' },
            port: { type: 'int', default: 8080, description: 'HTTP port' },
            debug: { type: 'boolean', default: false },
          },
        },
      });
    });
  });

  describe('given an actions-only charm class', () => {
    it('renders nested, defaulted and optional params, required and no config section', () => {
      expect(renderCharmSchema(ActionsOnlyCharm)).toEqual({
        actions: {
          restore: {
            description: 'Restore a backup',
            params: {
              'backup-id': { type: 'string', description: 'Backup to restore' },
              retries: { type: 'integer', minimum: 1, default: 3 },
              'dry-run': { type: 'boolean' },
              source: { type: 'object' },
            },
            required: ['backup-id', 'source'],
            additionalProperties: false,
          },
          pause: {},
        },
      });
    });
  });

  it('still accepts an explicit SchemaSpec', () => {
    expect(renderSchema({ actions: { pause: { description: 'Stop' } } })).toEqual({ actions: { pause: { description: 'Stop' } } });
  });

  it('rejects a class that is not a charm, saying why', () => {
    expect(() => renderSchema(WebConfig)).toThrow('WebConfig is not a charm class: it has no @charm({...}) options and no handler decorators');
  });
});

describe('checkSchema', () => {
  describe('given a charm with config, actions and a component', () => {
    it('reports nothing when charmcraft.yaml matches', () => {
      expect(checkSchema(FullCharm, fullCharmYaml())).toEqual([]);
    });

    it('reports an option the class has and charmcraft.yaml lacks', () => {
      const text = edited(fullCharmYaml(), ['    debug: { type: boolean, default: false }\n', '']);
      expect(checkCharmSchema(FullCharm, text)).toEqual(['config.options.debug: missing from charmcraft.yaml']);
    });

    it('reports an option charmcraft.yaml has and the class lacks', () => {
      const text = edited(fullCharmYaml(), ['    debug:', '    workers: { type: int }\n    debug:']);
      expect(checkSchema(FullCharm, text)).toEqual(['config.options.workers: declared in charmcraft.yaml but not in the config class']);
    });

    it('reports a type and a default mismatch', () => {
      const text = edited(fullCharmYaml(), ['port: { type: int, default: 8080', 'port: { type: string, default: "80"']);
      expect(checkSchema(FullCharm, text)).toEqual([
        'config.options.port: type is int in the class but string in charmcraft.yaml',
        'config.options.port: default is 8080 in the class but "80" in charmcraft.yaml',
      ]);
    });

    it('reports action param mismatches, a missing param and the required list', () => {
      const text = edited(
        fullCharmYaml(),
        ['retries: { type: integer, minimum: 1, default: 3 }', 'retries: { type: string, default: 3 }'],
        ['      dry-run: { type: boolean }\n', ''],
        ['required: [backup-id, source]', 'required: [backup-id]'],
      );
      expect(checkSchema(FullCharm, text)).toEqual([
        'actions.restore.params.retries: type is integer in the class but string in charmcraft.yaml',
        'actions.restore.params.retries: minimum is 1 in the class but unset in charmcraft.yaml',
        'actions.restore.params.dry-run: missing from charmcraft.yaml',
        'actions.restore.params.source: required in the class but not in charmcraft.yaml',
      ]);
    });

    it('reports an action charmcraft.yaml declares that the class does not handle', () => {
      const text = `${fullCharmYaml()}  export-metrics:\n    description: Dump metrics\n`;
      expect(checkSchema(FullCharm, text)).toEqual(['actions.export-metrics: declared in charmcraft.yaml but not in the charm']);
    });
  });

  describe('given a config-only charm', () => {
    it('leaves the actions section unchecked', () => {
      const text = edited(fullCharmYaml(), ['actions:\n', 'actions:\n  anything: {}\n']);
      expect(checkSchema(ConfigOnlyCharm, text)).toEqual([]);
    });
  });
});
