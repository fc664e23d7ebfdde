import { CharmMetaError } from '../../src/errors';
import { checkSchema } from '../../src/typed';
import { charmSpec, inSyncYaml } from './schema-classes';

/** Applies textual edits to the in-sync charmcraft.yaml, failing loudly if one does not apply. */
function yamlWith(...edits: [string, string][]): string {
  return edits.reduce((text, [from, to]) => {
    if (!text.includes(from)) throw new Error(`fixture edit does not apply: ${from}`);
    return text.replace(from, to);
  }, inSyncYaml());
}

describe('checkSchema', () => {
  describe('when charmcraft.yaml matches the classes', () => {
    it('reports nothing', () => {
      expect(checkSchema(charmSpec(), inSyncYaml())).toEqual([]);
    });
  });

  describe('when config options drift', () => {
    it('reports a type, default and description mismatch', () => {
      const text = yamlWith(
        ['port: { type: int, default: 8080', 'port: { type: string, default: "8080"'],
        ['ratio: { type: float, default: 0.5 }', 'ratio: { type: float, description: Share }'],
        ['description: Log verbosity', 'description: Verbosity'],
      );
      expect(checkSchema(charmSpec(), text)).toEqual([
        'config.options.log-level: description is "Log verbosity" in the class but "Verbosity" in charmcraft.yaml',
        'config.options.port: type is int in the class but string in charmcraft.yaml',
        'config.options.port: default is 8080 in the class but "8080" in charmcraft.yaml',
        'config.options.ratio: default is 0.5 in the class but unset in charmcraft.yaml',
        'config.options.ratio: description is unset in the class but "Share" in charmcraft.yaml',
      ]);
    });

    it('reports an option missing from charmcraft.yaml and one missing from the class', () => {
      const text = yamlWith(['    debug: { type: boolean, default: false, description: Verbose errors }\n', '    workers: { type: int, default: 2 }\n']);
      expect(checkSchema(charmSpec(), text)).toEqual([
        'config.options.debug: missing from charmcraft.yaml',
        'config.options.workers: declared in charmcraft.yaml but not in the config class',
      ]);
    });
  });

  describe('when action params drift', () => {
    it('reports schema keys that differ, on either side', () => {
      const text = yamlWith(
        ['retries: { type: integer, minimum: 1, maximum: 10, default: 3 }', 'retries: { type: integer, minimum: 0, default: 3 }'],
        ['pattern: ^/, ', ''],
        ['items: { type: string, enum: [db, media] }', 'items: { type: string }'],
      );
      expect(checkSchema(charmSpec(), text)).toEqual([
        'actions.backup.params.target-dir: pattern is "^/" in the class but unset in charmcraft.yaml',
        'actions.backup.params.retries: minimum is 1 in the class but 0 in charmcraft.yaml',
        'actions.backup.params.retries: maximum is 10 in the class but unset in charmcraft.yaml',
        'actions.restore.params.parts: items is {"type":"string","enum":["db","media"]} in the class but {"type":"string"} in charmcraft.yaml',
      ]);
    });

    it('reports params and required lists that differ, and a missing additionalProperties', () => {
      const text = yamlWith(
        ['      label: { type: string }\n', '      level: { type: integer }\n'],
        ['required: [target-dir]', 'required: [target-dir, compression]'],
        ['    required: [from]\n    additionalProperties: false\n', ''],
        ['from: { type: object }', 'from: { type: string }'],
      );
      expect(checkSchema(charmSpec(), text)).toEqual([
        'actions.backup.params.label: missing from charmcraft.yaml',
        'actions.backup.params.level: declared in charmcraft.yaml but not in the params class',
        'actions.backup.params.compression: required in charmcraft.yaml but not in the class',
        'actions.restore.params.from: type is object in the class but string in charmcraft.yaml',
        'actions.restore.params.from: required in the class but not in charmcraft.yaml',
        'actions.restore: additionalProperties is false in the class but unset in charmcraft.yaml',
      ]);
    });
  });

  describe('when whole actions drift', () => {
    it('reports an action missing on either side and a description change on either side', () => {
      const text = yamlWith(
        ['  pause:\n    description: Stop serving\n', '  resume:\n    description: Start serving\n'],
        ['description: Back up the database', 'description: Backup'],
        ['  restore:\n', '  restore:\n    description: Restore a backup\n'],
      );
      expect(checkSchema(charmSpec(), text)).toEqual([
        'actions.backup: description is "Back up the database" in the class but "Backup" in charmcraft.yaml',
        'actions.restore: description is unset in the class but "Restore a backup" in charmcraft.yaml',
        'actions.pause: missing from charmcraft.yaml',
        'actions.resume: declared in charmcraft.yaml but not in the charm',
      ]);
    });
  });

  describe('when the spec leaves a section out', () => {
    it('does not check it', () => {
      expect(checkSchema({ config: charmSpec().config }, yamlWith(['  pause:\n', '  paused:\n']))).toEqual([]);
    });
  });

  describe('when the text is not a YAML mapping', () => {
    it('throws a CharmMetaError', () => {
      expect(() => checkSchema(charmSpec(), '- a\n- b\n')).toThrow(CharmMetaError);
      expect(() => checkSchema(charmSpec(), 'a: [\n')).toThrow(/^charmcraft.yaml: \(document\): is not valid YAML/);
    });
  });
});
