import { parseCharmcraftYaml } from '@jujuts/ops/internal';
import { HarnessError } from '../../src/harness';
import { actionParams } from '../../src/harness/check-action-params';

const meta = parseCharmcraftYaml(`
name: a
type: charm
summary: a
actions:
  typed:
    params:
      count: {type: integer, default: 1}
      ratio: {type: number}
      tags: {type: array}
      options: {type: object}
      label: {type: string}
      free: {description: any JSON}
    additionalProperties: false
`);

describe('actionParams', () => {
  it('applies defaults under the given values', () => {
    expect(actionParams(meta, 'typed', {})).toEqual({ count: 1 });
    expect(actionParams(meta, 'typed', { count: 4 })).toEqual({ count: 4 });
  });

  it('copies the given values, so the test cannot change them afterwards', () => {
    const given = { options: { a: 1 } };
    const params = actionParams(meta, 'typed', given);
    given.options.a = 2;
    expect(params['options']).toEqual({ a: 1 });
  });

  it.each([
    ['count', 1.5, 'integer'],
    ['ratio', '1', 'number'],
    ['tags', 'a,b', 'array'],
    ['options', [1], 'object'],
    ['options', null, 'object'],
    ['label', 3, 'string'],
  ])('refuses %s = %p (not %s)', (key, value, type) => {
    expect(() => actionParams(meta, 'typed', { [key]: value })).toThrow(`runAction('typed'): parameter ${key} must be of type ${type}`);
  });

  it('accepts any value for a parameter with no type', () => {
    expect(actionParams(meta, 'typed', { free: [1, 'x'] })['free']).toEqual([1, 'x']);
  });

  it('says when the charm declares no actions', () => {
    const bare = parseCharmcraftYaml('name: b\ntype: charm\nsummary: b\n');
    expect(() => actionParams(bare, 'x', {})).toThrow(HarnessError);
    expect(() => actionParams(bare, 'x', {})).toThrow('(declared: none)');
  });
});
