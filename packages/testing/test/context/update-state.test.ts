import { createState, relation, State, updateState } from '../../src/context';
import { webContext } from './context-fixture';

describe('updateState', () => {
  const base = createState({ leader: false, config: { port: 1 }, relations: [relation('db')] });

  it('replaces the given parts and keeps the rest', () => {
    const next = updateState(base, { leader: true });
    expect(next.leader).toBe(true);
    expect(next.config).toEqual({ port: 1 });
  });

  it('shares the unchanged frozen parts', () => {
    expect(updateState(base, { leader: true }).relations).toBe(base.relations);
  });

  it('returns a new frozen State and leaves the old one alone', () => {
    const next = updateState(base, { config: { port: 2 } });
    expect(Object.isFrozen(next.config)).toBe(true);
    expect(base.config).toEqual({ port: 1 });
  });

  it('copies the changes so the caller can keep editing its objects', () => {
    const config = { port: 3 };
    const next = updateState(base, { config });
    config.port = 4;
    expect(next.config).toEqual({ port: 3 });
    expect(Object.isFrozen(config)).toBe(false);
  });

  it('is also spelled State.update', () => {
    expect(State.update(base, { plannedUnits: 3 }).plannedUnits).toBe(3);
  });

  it('changes what Juju would change between two runs', async () => {
    const ctx = webContext();
    const waiting = await ctx.run(ctx.on.configChanged(), createState({ config: { wait: true } }));
    const out = await ctx.run(ctx.on.configChanged(), updateState(waiting, { config: { wait: false, port: 90 } }));
    expect(out.unitStatus).toEqual({ status: 'active', message: 'serving on 90' });
    expect(out.deferred).toEqual([]);
  });
});

describe('createState given frozen parts', () => {
  it('shares them instead of copying', () => {
    const db = relation('db');
    expect(createState({ relations: [db] }).relations[0]?.remoteUnits).toBe(db.remoteUnits);
  });
});
