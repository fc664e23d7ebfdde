import { secretGrant, secretRevoke } from '../../src/hookcmds';
import { useStandIns } from './support/stand-ins';

const db = { endpoint: 'db', id: 3 };

describe('secret-grant', () => {
  const juju = useStandIns();

  it('runs secret-grant ID -r endpoint:N', () => {
    secretGrant(juju.run, 'secret:abc', db);
    expect(juju.argvs()).toEqual([['secret-grant', 'secret:abc', '-r', 'db:3']]);
  });

  it('adds --unit UNIT for one unit', () => {
    secretGrant(juju.run, 'secret:abc', db, 'pg/1');
    expect(juju.argvs()).toEqual([['secret-grant', 'secret:abc', '-r', 'db:3', '--unit', 'pg/1']]);
  });
});

describe('secret-revoke', () => {
  const juju = useStandIns();

  it('runs secret-revoke ID -r endpoint:N [--unit UNIT]', () => {
    secretRevoke(juju.run, 'secret:abc', db);
    secretRevoke(juju.run, 'secret:abc', db, 'pg/0');
    expect(juju.argvs()).toEqual([
      ['secret-revoke', 'secret:abc', '-r', 'db:3'],
      ['secret-revoke', 'secret:abc', '-r', 'db:3', '--unit', 'pg/0'],
    ]);
  });
});
