import { appStatusGet, unitStatusGet } from '../../src/hookcmds';
import { json, useStandIns } from './support/stand-ins';

const unitStatus = (status = 'active', message = '') => ({ status, message, 'status-data': {} });

describe('status-get', () => {
  const juju = useStandIns();

  describe('for the unit', () => {
    it('runs status-get --include-data --format=json', () => {
      juju.reply('status-get', json(unitStatus('blocked', 'need db')));
      expect(unitStatusGet(juju.run)).toEqual({ status: 'blocked', message: 'need db' });
      expect(juju.argvs()).toEqual([['status-get', '--include-data', '--format=json']]);
    });

    it('reads a status name it does not model as unknown, keeping the message', () => {
      juju.reply('status-get', json(unitStatus('terminated', 'gone')));
      expect(unitStatusGet(juju.run)).toEqual({ status: 'unknown', message: 'gone' });
    });

    it('refuses a reply without a status', () => {
      juju.reply('status-get', json({ message: 'x' }));
      expect(() => unitStatusGet(juju.run)).toThrow('status-get printed {"message":"x"} where a "status" field was expected');
    });
  });

  describe('for the application', () => {
    it('adds --application and reads the units nested in application-status', () => {
      juju.reply(
        'status-get',
        json({ 'application-status': { ...unitStatus('waiting', 'scaling'), units: { 'web/0': unitStatus(), 'web/1': unitStatus('maintenance', 'installing') } } }),
      );
      expect(appStatusGet(juju.run)).toEqual({
        status: 'waiting',
        message: 'scaling',
        units: { 'web/0': { status: 'active', message: '' }, 'web/1': { status: 'maintenance', message: 'installing' } },
      });
      expect(juju.argvs()).toEqual([['status-get', '--include-data', '--format=json', '--application']]);
    });

    it('also reads units at the top level', () => {
      juju.reply('status-get', json({ 'application-status': unitStatus(), units: { 'web/0': unitStatus('blocked', 'x') } }));
      expect(appStatusGet(juju.run).units).toEqual({ 'web/0': { status: 'blocked', message: 'x' } });
    });
  });
});
