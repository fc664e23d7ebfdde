import { configGet, configGetKey } from '../../src/hookcmds';
import { json, useStandIns } from './support/stand-ins';

describe('config-get', () => {
  const juju = useStandIns();

  describe('for all options', () => {
    it('runs config-get --format=json and returns typed values', () => {
      juju.reply('config-get', json({ 'log-level': 'info', port: 8080, ratio: 0.5, debug: false, 'db-password': 'secret:abc' }));
      expect(configGet(juju.run)).toEqual({ 'log-level': 'info', port: 8080, ratio: 0.5, debug: false, 'db-password': 'secret:abc' });
      expect(juju.argvs()).toEqual([['config-get', '--format=json']]);
    });

    it('leaves out options printed as null', () => {
      juju.reply('config-get', json({ name: null, port: 1 }));
      expect(configGet(juju.run)).toEqual({ port: 1 });
    });

    it('refuses output that is not an object', () => {
      juju.reply('config-get', json(['x']));
      expect(() => configGet(juju.run)).toThrow('config-get printed ["x"] where a JSON object was expected');
    });
  });

  describe('for one key', () => {
    it('runs config-get KEY --format=json', () => {
      juju.reply('config-get', json(8080));
      expect(configGetKey(juju.run, 'port')).toBe(8080);
      expect(juju.argvs()).toEqual([['config-get', 'port', '--format=json']]);
    });

    it('returns undefined for an option without a value', () => {
      juju.reply('config-get', { stdout: 'null\n' });
      expect(configGetKey(juju.run, 'name')).toBeUndefined();
    });
  });
});
