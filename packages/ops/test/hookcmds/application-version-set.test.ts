import { applicationVersionSet } from '../../src/hookcmds';
import { useStandIns } from './support/stand-ins';

describe('application-version-set', () => {
  const juju = useStandIns();

  it('runs application-version-set -- VERSION', () => {
    applicationVersionSet(juju.run, '-1.4.2+dirty');
    expect(juju.argvs()).toEqual([['application-version-set', '--', '-1.4.2+dirty']]);
  });
});
