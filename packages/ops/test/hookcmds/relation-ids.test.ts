import { relationIds } from '../../src/hookcmds';
import { json, useStandIns } from './support/stand-ins';

describe('relation-ids', () => {
  const juju = useStandIns();

  it('runs relation-ids ENDPOINT --format=json and returns the numbers', () => {
    juju.reply('relation-ids', json(['db:3', 'db:7']));
    expect(relationIds(juju.run, 'db')).toEqual([3, 7]);
    expect(juju.argvs()).toEqual([['relation-ids', 'db', '--format=json']]);
  });

  describe('when the endpoint has no relations', () => {
    it('returns an empty list', () => {
      juju.reply('relation-ids', json([]));
      expect(relationIds(juju.run, 'db')).toEqual([]);
    });
  });

  it('refuses an id it cannot read', () => {
    juju.reply('relation-ids', json(['db:x']));
    expect(() => relationIds(juju.run, 'db')).toThrow(/relation-ids printed "db:x" where ids like "db:3" was expected/);
  });
});
