import { InvalidStatusError } from '../../src/errors';
import { statusSet, type SettableStatus } from '../../src/hookcmds';
import { useStandIns } from './support/stand-ins';

describe('status-set', () => {
  const juju = useStandIns();

  it('runs status-set STATUS -- MESSAGE for the unit', () => {
    statusSet(juju.run, 'active', 'ready', false);
    expect(juju.argvs()).toEqual([['status-set', 'active', '--', 'ready']]);
  });

  it('adds --application for the app status', () => {
    statusSet(juju.run, 'blocked', 'need a database', true);
    expect(juju.argvs()).toEqual([['status-set', '--application', 'blocked', '--', 'need a database']]);
  });

  describe('when the message starts with a dash', () => {
    it('passes it after -- so it is not read as a flag', () => {
      statusSet(juju.run, 'waiting', '--not-a-flag', false);
      expect(juju.argvs()).toEqual([['status-set', 'waiting', '--', '--not-a-flag']]);
    });
  });

  describe('when the message is empty', () => {
    it('sends no message argument', () => {
      statusSet(juju.run, 'maintenance', '', false);
      expect(juju.argvs()).toEqual([['status-set', 'maintenance', '--']]);
    });
  });

  describe.each(['error', 'unknown', 'Active'])('when the status is %s', (status) => {
    it('throws InvalidStatusError and runs nothing', () => {
      expect(() => statusSet(juju.run, status as SettableStatus, 'x', false)).toThrow(InvalidStatusError);
      expect(() => statusSet(juju.run, status as SettableStatus, 'x', false)).toThrow(/use one of active, blocked, maintenance, waiting/);
      expect(juju.calls()).toEqual([]);
    });
  });
});
