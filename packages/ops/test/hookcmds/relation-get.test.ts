import { relationGet } from '../../src/hookcmds';
import { json, useStandIns } from './support/stand-ins';

const db = { endpoint: 'db', id: 3 };

describe('relation-get', () => {
  const juju = useStandIns();

  describe('for a unit bag', () => {
    it('runs relation-get -r endpoint:N --format=json - UNIT', () => {
      juju.reply('relation-get', json({ 'ingress-address': '10.0.0.5', 'private-address': '10.0.0.5' }));
      expect(relationGet(juju.run, db, 'pg/0', false)).toEqual({ 'ingress-address': '10.0.0.5', 'private-address': '10.0.0.5' });
      expect(juju.argvs()).toEqual([['relation-get', '-r', 'db:3', '--format=json', '-', 'pg/0']]);
    });
  });

  describe('for an app bag', () => {
    it('adds --app and names the app', () => {
      juju.reply('relation-get', json({ host: 'pg.internal', port: '5432' }));
      expect(relationGet(juju.run, db, 'pg', true)).toEqual({ host: 'pg.internal', port: '5432' });
      expect(juju.argvs()).toEqual([['relation-get', '-r', 'db:3', '--app', '--format=json', '-', 'pg']]);
    });
  });

  it('refuses a non-string value', () => {
    juju.reply('relation-get', json({ port: 5432 }));
    expect(() => relationGet(juju.run, db, 'pg', true)).toThrow('relation-get printed 5432 where a string for key "port" was expected');
  });
});
