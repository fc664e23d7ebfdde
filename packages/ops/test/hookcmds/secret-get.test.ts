import { secretGet } from '../../src/hookcmds';
import { json, useStandIns } from './support/stand-ins';

describe('secret-get', () => {
  const juju = useStandIns();

  it('runs secret-get ID --format=json and returns the content', () => {
    juju.reply('secret-get', json({ password: 'pw' }));
    expect(secretGet(juju.run, { id: 'secret:abc' })).toEqual({ password: 'pw' });
    expect(juju.argvs()).toEqual([['secret-get', 'secret:abc', '--format=json']]);
  });

  it('runs secret-get --label L --format=json by label only', () => {
    juju.reply('secret-get', json({ password: 'pw' }));
    secretGet(juju.run, { label: 'db' });
    expect(juju.argvs()).toEqual([['secret-get', '--label', 'db', '--format=json']]);
  });

  it('puts the id, the label and --refresh or --peek in order', () => {
    juju.reply('secret-get', [json({ a: 'b' }), json({ a: 'b' })]);
    secretGet(juju.run, { id: 'secret:abc', label: 'db' }, { refresh: true });
    secretGet(juju.run, { id: 'secret:abc' }, { peek: true });
    expect(juju.argvs()).toEqual([
      ['secret-get', 'secret:abc', '--label', 'db', '--refresh', '--format=json'],
      ['secret-get', 'secret:abc', '--peek', '--format=json'],
    ]);
  });

  it('refuses peek and refresh together', () => {
    expect(() => secretGet(juju.run, { id: 'secret:abc' }, { peek: true, refresh: true })).toThrow('peek and refresh cannot be used together');
  });

  it('refuses a query with neither id nor label', () => {
    expect(() => secretGet(juju.run, {})).toThrow('secret-get: give a secret id, a label, or both');
  });

  describe('when the reply is malformed', () => {
    it('does not quote the secret content in the error', () => {
      juju.reply('secret-get', { stdout: '{"password": "hunter2", ' });
      expect(() => secretGet(juju.run, { id: 'secret:abc' })).toThrow(/^secret-get printed output that is not JSON$/);
      juju.reply('secret-get', json({ password: ['hunter2'] }));
      expect(() => secretGet(juju.run, { id: 'secret:abc' })).toThrow(/^secret-get printed a non-string value for key "password"$/);
    });
  });
});
