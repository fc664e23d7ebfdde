import { isLeader } from '../../src/hookcmds';
import { json, useStandIns } from './support/stand-ins';

describe('is-leader', () => {
  const juju = useStandIns();

  it.each([true, false])('runs is-leader --format=json and returns %s', (leader) => {
    juju.reply('is-leader', json(leader));
    expect(isLeader(juju.run)).toBe(leader);
    expect(juju.argvs()).toEqual([['is-leader', '--format=json']]);
  });

  it('refuses anything but a boolean', () => {
    juju.reply('is-leader', json('yes'));
    expect(() => isLeader(juju.run)).toThrow('is-leader printed "yes" where true or false was expected');
  });
});
