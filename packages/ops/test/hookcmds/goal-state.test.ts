import { goalState } from '../../src/hookcmds';
import { json, useStandIns } from './support/stand-ins';

describe('goal-state', () => {
  const juju = useStandIns();

  it('runs goal-state --format=json and reads units and relations', () => {
    const since = '2026-11-25 12:00:00Z';
    juju.reply(
      'goal-state',
      json({ units: { 'web/0': { status: 'active', since } }, relations: { db: { pg: { status: 'joined', since }, 'pg/0': { status: 'active', since } } } }),
    );
    expect(goalState(juju.run)).toEqual({
      units: { 'web/0': { status: 'active', since } },
      relations: { db: { pg: { status: 'joined', since }, 'pg/0': { status: 'active', since } } },
    });
    expect(juju.argvs()).toEqual([['goal-state', '--format=json']]);
  });

  it('treats missing sections as empty', () => {
    juju.reply('goal-state', json({}));
    expect(goalState(juju.run)).toEqual({ units: {}, relations: {} });
  });
});
