import { relationModelGet } from '../../src/hookcmds';
import { json, useStandIns } from './support/stand-ins';

describe('relation-model-get', () => {
  const juju = useStandIns();

  it('runs relation-model-get -r endpoint:N --format=json and returns the uuid', () => {
    juju.reply('relation-model-get', json({ uuid: '5d3c9f1e-0000-4000-8000-000000000001' }));
    expect(relationModelGet(juju.run, { endpoint: 'db', id: 2 })).toBe('5d3c9f1e-0000-4000-8000-000000000001');
    expect(juju.argvs()).toEqual([['relation-model-get', '-r', 'db:2', '--format=json']]);
  });

  it('refuses output without a uuid', () => {
    juju.reply('relation-model-get', json({}));
    expect(() => relationModelGet(juju.run, { endpoint: 'db', id: 2 })).toThrow(/an object with a "uuid"/);
  });
});
