import { parseCharmcraftYaml } from '../../src/meta/parse-charmcraft-yaml';
import { charmcraft, metaError } from './meta-fixtures';

const actions = (body: string) => () => parseCharmcraftYaml(charmcraft(`actions:\n${body}`));

describe('actions', () => {
  it('accepts an action with no body', () => {
    expect(actions('  ping:\n')().actions['ping']).toMatchObject({ name: 'ping', params: {}, required: [], additionalProperties: true });
  });

  it('refuses a required param that is not declared, listing the declared ones', () => {
    const err = metaError(actions('  backup:\n    params:\n      path: {type: string}\n    required: [path, target]\n'));
    expect(err).toMatchObject({ keyPath: 'actions.backup.required.1', line: 6 });
    expect(err.message).toContain('names "target", which is not under params (declared: path)');
  });

  it('refuses a param that is not a schema map', () => {
    expect(metaError(actions('  backup:\n    params:\n      path: string\n'))).toMatchObject({ keyPath: 'actions.backup.params.path', line: 5 });
  });

  it('refuses a non-boolean additionalProperties', () => {
    expect(metaError(actions('  backup:\n    additionalProperties: sometimes\n')).keyPath).toBe('actions.backup.additionalProperties');
  });

  it('refuses a non-boolean parallel', () => {
    expect(metaError(actions('  backup:\n    parallel: 2\n')).keyPath).toBe('actions.backup.parallel');
  });

  it('refuses an invalid action name', () => {
    expect(metaError(actions('  Back_Up: {}\n')).message).toContain('"Back_Up" is not a valid action name');
  });
});
