import { secretInfoGet } from '../../src/hookcmds';
import { json, useStandIns } from './support/stand-ins';

const infoReply = (id = 'cs1f7lg0r5ac73ebtnjg') => ({
  [id]: { revision: 3, label: 'db', description: 'admin', expiry: '2027-01-01T00:00:00Z', rotation: 'monthly', rotates: '2026-12-25T00:00:00Z' },
});

describe('secret-info-get', () => {
  const juju = useStandIns();

  it('runs secret-info-get ID --format=json and reads the entry keyed by id', () => {
    juju.reply('secret-info-get', json(infoReply()));
    expect(secretInfoGet(juju.run, { id: 'secret:cs1f7lg0r5ac73ebtnjg' })).toEqual({
      id: 'cs1f7lg0r5ac73ebtnjg',
      revision: 3,
      label: 'db',
      description: 'admin',
      expiry: new Date('2027-01-01T00:00:00Z'),
      rotation: 'monthly',
      rotates: new Date('2026-12-25T00:00:00Z'),
    });
    expect(juju.argvs()).toEqual([['secret-info-get', 'secret:cs1f7lg0r5ac73ebtnjg', '--format=json']]);
  });

  it('runs secret-info-get --label L --format=json by label', () => {
    juju.reply('secret-info-get', json(infoReply()));
    secretInfoGet(juju.run, { label: 'db' });
    expect(juju.argvs()).toEqual([['secret-info-get', '--label', 'db', '--format=json']]);
  });

  it('prefers the id when given both', () => {
    juju.reply('secret-info-get', json(infoReply()));
    secretInfoGet(juju.run, { id: 'secret:x', label: 'db' });
    expect(juju.argvs()).toEqual([['secret-info-get', 'secret:x', '--format=json']]);
  });

  describe('when Juju prints times as Go does', () => {
    it('reads "rotates" and "expiry" with nanoseconds or an offset', () => {
      juju.reply('secret-info-get', json({ abc: { revision: 2, rotation: 'hourly', rotates: '2026-12-25T10:00:00.123456789Z', expiry: '2027-01-01T02:00:00+02:00' } }));
      expect(secretInfoGet(juju.run, { id: 'abc' })).toMatchObject({
        rotation: 'hourly',
        rotates: new Date('2026-12-25T10:00:00.123Z'),
        expiry: new Date('2027-01-01T00:00:00Z'),
      });
    });

    it('leaves a time it cannot read undefined rather than an invalid Date', () => {
      juju.reply('secret-info-get', json({ abc: { revision: 2, rotation: 'daily', rotates: 'soon' } }));
      expect(secretInfoGet(juju.run, { id: 'abc' }).rotates).toBeUndefined();
    });
  });

  it('leaves optional fields undefined', () => {
    juju.reply('secret-info-get', json({ abc: { revision: 1 } }));
    expect(secretInfoGet(juju.run, { id: 'abc' })).toEqual({ id: 'abc', revision: 1 });
  });
});
