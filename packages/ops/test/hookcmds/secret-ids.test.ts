import { secretIds } from '../../src/hookcmds';
import { json, useStandIns } from './support/stand-ins';

describe('secret-ids', () => {
  const juju = useStandIns();

  it('runs secret-ids --format=json', () => {
    juju.reply('secret-ids', json(['secret:a', 'secret:b']));
    expect(secretIds(juju.run)).toEqual(['secret:a', 'secret:b']);
    expect(juju.argvs()).toEqual([['secret-ids', '--format=json']]);
  });

  it('returns an empty list when Juju prints null', () => {
    juju.reply('secret-ids', { stdout: 'null\n' });
    expect(secretIds(juju.run)).toEqual([]);
  });
});
