import { actionFail, actionLog } from '../../src/hookcmds';
import { useStandIns } from './support/stand-ins';

describe('action-log', () => {
  const juju = useStandIns();

  it('runs action-log -- MESSAGE', () => {
    actionLog(juju.run, '-50% done');
    expect(juju.argvs()).toEqual([['action-log', '--', '-50% done']]);
  });
});

describe('action-fail', () => {
  const juju = useStandIns();

  it('runs action-fail -- MESSAGE', () => {
    actionFail(juju.run, 'disk full');
    expect(juju.argvs()).toEqual([['action-fail', '--', 'disk full']]);
  });

  it('sends no message argument for an empty message', () => {
    actionFail(juju.run, '');
    expect(juju.argvs()).toEqual([['action-fail', '--']]);
  });
});
