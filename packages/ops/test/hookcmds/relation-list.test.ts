import { relationList, relationRemoteApp } from '../../src/hookcmds';
import { json, useStandIns } from './support/stand-ins';

const db = (id = 3) => ({ endpoint: 'db', id });

describe('relation-list', () => {
  const juju = useStandIns();

  describe('for units', () => {
    it('runs relation-list -r endpoint:N --format=json', () => {
      juju.reply('relation-list', json(['pg/0', 'pg/1']));
      expect(relationList(juju.run, db())).toEqual(['pg/0', 'pg/1']);
      expect(juju.argvs()).toEqual([['relation-list', '-r', 'db:3', '--format=json']]);
    });
  });

  describe('for the remote app', () => {
    it('runs relation-list -r endpoint:N --app --format=json', () => {
      juju.reply('relation-list', json('pg'));
      expect(relationRemoteApp(juju.run, db(4))).toBe('pg');
      expect(juju.argvs()).toEqual([['relation-list', '-r', 'db:4', '--app', '--format=json']]);
    });

    it('returns null when Juju does not know the app yet', () => {
      juju.reply('relation-list', json(''));
      expect(relationRemoteApp(juju.run, db())).toBeNull();
    });
  });

  it('refuses a negative relation id before running anything', () => {
    expect(() => relationList(juju.run, db(-1))).toThrow('relation id -1 for endpoint "db" must be a non-negative integer');
    expect(juju.calls()).toEqual([]);
  });
});
