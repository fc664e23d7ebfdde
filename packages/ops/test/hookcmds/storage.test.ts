import { storageAdd, storageGet, storageList } from '../../src/hookcmds';
import { json, useStandIns } from './support/stand-ins';

describe('storage-list', () => {
  const juju = useStandIns();

  it('runs storage-list NAME --format=json', () => {
    juju.reply('storage-list', json(['data/0', 'data/1']));
    expect(storageList(juju.run, 'data')).toEqual(['data/0', 'data/1']);
    expect(juju.argvs()).toEqual([['storage-list', 'data', '--format=json']]);
  });
});

describe('storage-get', () => {
  const juju = useStandIns();

  it('runs storage-get -s NAME/N --format=json', () => {
    juju.reply('storage-get', json({ kind: 'filesystem', location: '/srv/data' }));
    expect(storageGet(juju.run, 'data/0')).toEqual({ kind: 'filesystem', location: '/srv/data' });
    expect(juju.argvs()).toEqual([['storage-get', '-s', 'data/0', '--format=json']]);
  });

  it('refuses a storage id without an instance number', () => {
    expect(() => storageGet(juju.run, 'data')).toThrow('storage-get: "data" is not a storage id; expected NAME/N such as data/0');
    expect(juju.calls()).toEqual([]);
  });
});

describe('storage-add', () => {
  const juju = useStandIns();

  it('runs storage-add NAME=COUNT', () => {
    storageAdd(juju.run, 'data', 2);
    expect(juju.argvs()).toEqual([['storage-add', 'data=2']]);
  });

  it.each([0, -1, 1.5])('refuses a count of %s', (count) => {
    expect(() => storageAdd(juju.run, 'data', count)).toThrow('count must be a positive integer');
    expect(juju.calls()).toEqual([]);
  });
});
