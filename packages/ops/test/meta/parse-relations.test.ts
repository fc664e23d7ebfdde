import { parseCharmcraftYaml } from '../../src/meta/parse-charmcraft-yaml';
import { charmcraft, metaError } from './meta-fixtures';

const parse = (body: string) => () => parseCharmcraftYaml(charmcraft(body));

describe('endpoints (requires, provides, peers)', () => {
  it('accepts the interface shorthand of old metadata files', () => {
    expect(parseCharmcraftYaml(charmcraft('requires:\n  db: mysql\n')).relations['db']).toEqual({
      name: 'db', role: 'requires', interface: 'mysql', scope: 'global', optional: false,
    });
  });

  it('reads container scope', () => {
    expect(parseCharmcraftYaml(charmcraft('provides:\n  info:\n    interface: x\n    scope: container\n')).relations['info']?.scope).toBe('container');
  });

  describe('when interface is missing', () => {
    it('names the key path and the line of the endpoint', () => {
      const err = metaError(parse('requires:\n  db:\n    limit: 1\n'));
      expect(err).toMatchObject({ file: 'charmcraft.yaml', keyPath: 'requires.db.interface', line: 3 });
      expect(err.message).toBe('charmcraft.yaml:3: requires.db.interface: is required: the interface name, for example `postgresql_client`');
    });

    it('refuses an endpoint with no body', () => {
      expect(metaError(parse('requires:\n  db:\n')).keyPath).toBe('requires.db.interface');
    });
  });

  it('refuses a non-string interface', () => {
    expect(metaError(parse('requires:\n  db:\n    interface: 3\n'))).toMatchObject({ keyPath: 'requires.db.interface', line: 4 });
  });

  it.each(['0', '1.5', 'many'])('refuses the limit %s', (limit) => {
    const err = metaError(parse(`provides:\n  api:\n    interface: http\n    limit: ${limit}\n`));
    expect(err).toMatchObject({ keyPath: 'provides.api.limit', line: 5 });
    expect(err.message).toContain('must be an integer of at least 1');
  });

  it('refuses an unknown scope and lists the allowed ones', () => {
    const err = metaError(parse('requires:\n  db:\n    interface: x\n    scope: local\n'));
    expect(err.message).toBe('charmcraft.yaml:5: requires.db.scope: is string "local": must be one of global, container');
  });

  it('refuses a non-boolean optional', () => {
    expect(metaError(parse('requires:\n  db:\n    interface: x\n    optional: yes please\n')).keyPath).toBe('requires.db.optional');
  });

  it('refuses an endpoint name used twice across sections, naming the first section', () => {
    const err = metaError(parse('requires:\n  db:\n    interface: x\nprovides:\n  db:\n    interface: y\n'));
    expect(err).toMatchObject({ keyPath: 'provides.db', line: 6 });
    expect(err.message).toContain('already declared under requires');
  });

  it.each(['DB', '1db', 'my_db', 'db-', '-db'])('refuses the endpoint name %s', (name) => {
    const err = metaError(parse(`peers:\n  ${name}:\n    interface: x\n`));
    expect(err.keyPath).toBe(`peers.${name}`);
    expect(err.message).toContain('is not a valid endpoint name: use lowercase letters, digits and single hyphens');
  });

  it('refuses a section that is not a map', () => {
    expect(metaError(parse('requires: [db]\n')).message).toContain('requires: must be a map of endpoint name to endpoint, got a list');
  });
});
