import type { ActionMeta } from '@jujuts/ops/internal';
import { actionParamProblems, withActionDefaults } from '../../src/engine/action-param-rules';

function backupAction(overrides: Partial<ActionMeta> = {}): ActionMeta {
  return {
    name: 'backup',
    params: { target: { type: 'string' }, retries: { type: 'integer', default: 3 }, tags: { type: 'array' } },
    required: ['target', 'retries'],
    additionalProperties: false,
    parallel: false,
    ...overrides,
  };
}

describe('action-param-rules', () => {
  describe('actionParamProblems', () => {
    it('finds nothing wrong with declared values of the declared types', () => {
      expect(actionParamProblems(backupAction(), { target: 's3', retries: 2, tags: ['a'] })).toEqual([]);
    });

    it('takes a default as given for a required parameter', () => {
      expect(actionParamProblems(backupAction(), { target: 's3' })).toEqual([]);
    });

    it("lists, in Juju's order, a missing required parameter, then each undeclared or mistyped one", () => {
      expect(actionParamProblems(backupAction(), { extra: 1, retries: 1.5 })).toEqual([
        { kind: 'missing', key: 'target' },
        { kind: 'undeclared', key: 'extra', declared: 'target, retries, tags' },
        { kind: 'wrong-type', key: 'retries', type: 'integer', value: 1.5 },
      ]);
    });

    it('lets an action that takes any parameter have undeclared ones', () => {
      expect(actionParamProblems(backupAction({ additionalProperties: true }), { target: 's3', extra: 1 })).toEqual([]);
    });
  });

  describe('withActionDefaults', () => {
    it('puts the given values over the declared defaults, as copies', () => {
      const given = { target: 's3', tags: ['a'] };
      const params = withActionDefaults(backupAction(), given);
      expect(params).toEqual({ retries: 3, target: 's3', tags: ['a'] });
      expect(params['tags']).not.toBe(given.tags);
    });

    it('gives the values alone for an action the metadata lacks', () => {
      expect(withActionDefaults(undefined, { a: 1 })).toEqual({ a: 1 });
    });
  });
});
