import { container, createState, InconsistentStateError, relation, secret, storage, type ContextEvent, type StateInput } from '../../src/context';
import { instances, webContext } from './context-fixture';

const ctx = webContext();

async function problemsOf(event: ContextEvent, input: StateInput = {}): Promise<readonly string[]> {
  const error = await ctx.run(event, createState(input)).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof InconsistentStateError)) throw new Error(`expected InconsistentStateError, got ${String(error)}`);
  return error.problems;
}

const layered = container('web', { layers: { base: { checks: { alive: { override: 'replace', exec: { command: 'true' } } } } }, notices: [{ key: 'example.com/a' }] });

describe('the consistency checker on events', () => {
  it('names the event and every problem in the message', async () => {
    const error = await ctx.run(ctx.on.relationChanged('db'), createState({ config: { colour: 'red' } })).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^ctx\.run\(db-relation-changed\): the State is inconsistent with the charm or the event:\n {2}- config option "colour"/);
    expect((error as InconsistentStateError).problems).toHaveLength(2);
  });

  it('runs nothing when the State is inconsistent', async () => {
    await problemsOf(ctx.on.relationChanged('db'));
    expect(instances).toHaveLength(0);
  });

  describe('relation events', () => {
    it('refuses a relation missing from the State', async () => {
      const db = relation('db');
      expect(await problemsOf(ctx.on.relationChanged(db))).toEqual([`the event's relation db:${db.id} is not in the State; add it: createState({ relations: [rel] })`]);
    });

    it('refuses an endpoint name with no relation', async () => {
      expect(await problemsOf(ctx.on.relationChanged('db'))).toEqual([`the event's relation on "db" is not in the State; add it: createState({ relations: [rel] })`]);
    });

    it('refuses an endpoint name with several relations', async () => {
      const a = relation('db');
      const b = relation('db');
      expect(await problemsOf(ctx.on.relationChanged('db'), { relations: [a, b] })).toEqual([
        `the State has 2 relations on "db" (ids ${a.id}, ${b.id}); pass the relation object instead of the endpoint name`,
      ]);
    });

    it('refuses an undeclared endpoint', async () => {
      expect(await problemsOf(ctx.on.relationChanged('database'))).toEqual(['charmcraft.yaml declares no endpoint "database" (declared: db, logging, website, cluster)']);
    });

    it('refuses a remote unit that is not in the relation', async () => {
      const db = relation('db', { remoteApp: 'pg' });
      expect(await problemsOf(ctx.on.relationChanged(db, { remoteUnit: 'pg/7' }), { relations: [db] })).toEqual([
        `remote unit pg/7 is not in relation db:${db.id} (units: pg/0); add it to remoteUnits`,
      ]);
    });

    it('refuses a departing unit that is not in the relation', async () => {
      const db = relation('db', { remoteApp: 'pg' });
      expect(await problemsOf(ctx.on.relationDeparted(db, { departingUnit: 'pg/2' }), { relations: [db] })).toEqual([
        `departing unit pg/2 is not in relation db:${db.id} (units: pg/0); add it to remoteUnits`,
      ]);
    });

    it('refuses relation-joined on a relation without remote units', async () => {
      const db = relation('db', { remoteUnits: {} });
      expect(await problemsOf(ctx.on.relationJoined(db), { relations: [db] })).toEqual([
        `relation-joined needs a remote unit but relation db:${db.id} has none; add one to remoteUnits`,
      ]);
    });
  });

  describe('container events', () => {
    it('refuses a container missing from the State', async () => {
      expect(await problemsOf(ctx.on.pebbleReady('web'))).toEqual([`container "web" is not in the State; add it: createState({ containers: [container('web')] })`]);
    });

    it('refuses an undeclared container', async () => {
      expect(await problemsOf(ctx.on.pebbleReady('db'))).toEqual(['charmcraft.yaml declares no container "db" (declared: web)']);
    });

    it('refuses a notice the container does not have', async () => {
      expect(await problemsOf(ctx.on.pebbleCustomNotice('web', 'example.com/b'), { containers: [layered] })).toEqual([
        'container "web" has no custom notice "example.com/b"; add it to the container\'s notices',
      ]);
    });

    it('refuses a check no layer defines', async () => {
      expect(await problemsOf(ctx.on.pebbleCheckFailed('web', 'ready'), { containers: [layered] })).toEqual([
        'container "web" has no check "ready" in its layers; add a layer defining it',
      ]);
    });

    it('warns, without failing, about an event on a container Pebble cannot reach', async () => {
      await ctx.run(ctx.on.pebbleCustomNotice('web', 'example.com/a'), createState({ containers: [{ ...layered, canConnect: false }] }));
      expect(ctx.warnings).toEqual(['container "web" has canConnect: false, yet Juju sends pebbleCustomNotice only when Pebble is up']);
    });

    it('fails on that warning in strict mode', async () => {
      const strict = webContext({ strict: true });
      await expect(strict.run(strict.on.pebbleCustomNotice('web', 'example.com/a'), createState({ containers: [{ ...layered, canConnect: false }] }))).rejects.toThrow(
        'canConnect: false',
      );
    });
  });

  describe('storage events', () => {
    it('refuses storage missing from the State, with the builder call to add it', async () => {
      expect(await problemsOf(ctx.on.storageAttached('data/1'))).toEqual([
        "storage data/1 is not in the State; add it: createState({ storages: [storage('data', { index: 1 })] })",
      ]);
    });

    it('refuses undeclared storage', async () => {
      expect(await problemsOf(ctx.on.storageAttached(storage('logs')))).toEqual(['charmcraft.yaml declares no storage "logs" (declared: data)']);
    });
  });

  describe('secret events', () => {
    const observed = secret({ content: { a: '1' } });
    const owned = secret({ content: { a: '1' }, owner: 'app' });

    it('refuses a secret missing from the State', async () => {
      expect(await problemsOf(ctx.on.secretChanged(observed))).toEqual([`secret ${observed.id} is not in the State; add it: createState({ secrets: [theSecret] })`]);
    });

    it('refuses secret-changed on a secret the unit owns', async () => {
      expect(await problemsOf(ctx.on.secretChanged(owned), { secrets: [owned] })).toEqual([
        `secret-changed goes to observers of a secret, but the State's unit owns ${owned.id}; drop owner to observe it`,
      ]);
    });

    it.each(['secretRotate', 'secretExpired', 'secretRemove'] as const)('refuses %s on a secret the unit only observes', async (kind) => {
      expect(await problemsOf(ctx.on[kind](observed), { secrets: [observed] })).toEqual([`${kind} goes only to the secret's owner; give ${observed.id} owner: 'app' (or 'unit')`]);
    });

    it('refuses a revision the secret does not have', async () => {
      expect(await problemsOf(ctx.on.secretRemove(owned, { revision: 9 }), { secrets: [owned] })).toEqual([`secret ${owned.id} has no revision 9 (revisions: 1)`]);
    });
  });

  describe('actions', () => {
    it('refuses an undeclared action', async () => {
      expect(await problemsOf(ctx.on.action('deploy'))).toEqual(['charmcraft.yaml declares no action "deploy" (declared: backup, explode, restore)']);
    });

    it('refuses a missing required parameter', async () => {
      expect(await problemsOf(ctx.on.action('restore'))).toEqual(['action restore: parameter "from" is required; pass it in ctx.on.action(\'restore\', { from: … })']);
    });

    it('refuses an undeclared parameter', async () => {
      expect(await problemsOf(ctx.on.action('backup', { level: 9 }))).toEqual(['action backup takes no parameter "level" (declared: path, compress)']);
    });

    it('refuses a parameter of the wrong type', async () => {
      expect(await problemsOf(ctx.on.action('backup', { compress: 'yes' }))).toEqual(['action backup: parameter "compress" must be of type boolean, got "yes"']);
    });
  });

  it('refuses leader-elected on a unit that is not leader', async () => {
    expect(await problemsOf(ctx.on.leaderElected())).toEqual(['leader-elected goes only to the unit that became leader; set leader: true in the State']);
  });
});
