import { secretRemove } from '../../src/hookcmds';
import { useStandIns } from './support/stand-ins';

describe('secret-remove', () => {
  const juju = useStandIns();

  it('runs secret-remove ID for the whole secret', () => {
    secretRemove(juju.run, 'secret:abc');
    expect(juju.argvs()).toEqual([['secret-remove', 'secret:abc']]);
  });

  it('runs secret-remove ID --revision N for one revision', () => {
    secretRemove(juju.run, 'secret:abc', 2);
    expect(juju.argvs()).toEqual([['secret-remove', 'secret:abc', '--revision', '2']]);
  });

  it('refuses a revision that is not a positive integer', () => {
    expect(() => secretRemove(juju.run, 'secret:abc', 0)).toThrow('secret-remove secret:abc: revision must be a positive integer, got 0');
    expect(juju.calls()).toEqual([]);
  });
});
