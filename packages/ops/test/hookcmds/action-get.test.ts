import { actionGet } from '../../src/hookcmds';
import { json, useStandIns } from './support/stand-ins';

describe('action-get', () => {
  const juju = useStandIns();

  it('runs action-get --format=json and keeps nested params', () => {
    juju.reply('action-get', json({ target: '/backup', compress: true, retention: { days: 7 } }));
    expect(actionGet(juju.run)).toEqual({ target: '/backup', compress: true, retention: { days: 7 } });
    expect(juju.argvs()).toEqual([['action-get', '--format=json']]);
  });

  it('returns an empty object when the action has no params', () => {
    juju.reply('action-get', { stdout: '' });
    expect(actionGet(juju.run)).toEqual({});
  });
});
