import { ContextActionFailed, Context, createState, relation, type State } from '@jujuts/testing';
import { ProviderCharm } from '../src/charm';

/** A State with the `database` relation 3 to `shop`, which has asked for `orders` unless told otherwise. */
function stateWith(
  options: {
    leader?: boolean;
    request?: Record<string, string>;
    config?: Record<string, number | string>;
  } = {},
): State {
  const { leader = true, request = { database: '"orders"' }, config = {} } = options;
  return createState({
    leader,
    config,
    relations: [relation('database', { id: 3, remoteApp: 'shop', remoteAppData: request })],
  });
}

const bagOf = (state: State) => state.relations[0]?.localAppData ?? {};
const requested = async (ctx: Context<ProviderCharm>, state = stateWith()) =>
  ctx.run(ctx.on.relationChanged('database'), state);

describe('db-provider (Context/State)', () => {
  describe('when a requirer asks for a database on the leader', () => {
    it('publishes its endpoint, version and a secret holding a user for that relation', async () => {
      const ctx = new Context(ProviderCharm);
      const out = await requested(ctx);
      const bag = bagOf(out);
      expect(JSON.parse(bag.endpoints ?? '[]')).toEqual([expect.stringMatching(/:5432$/)]);
      expect(bag.version).toBe('"16.4"');
      expect(bag.database).toBe('"orders"');
      const secret = out.secrets[0];
      expect(JSON.parse(bag['secret-user'] ?? '""')).toContain(secret?.id.replace(/^secret:/, ''));
      expect(secret?.revisions[0]?.content.username).toBe('relation_3');
      expect(secret?.revisions[0]?.content.password).toMatch(/^[\w-]{32}$/);
      expect(out.storedState['ProviderCharm.state']).toEqual({ databases: { '3': 'orders' } });
    });

    it('uses the configured port', async () => {
      const ctx = new Context(ProviderCharm);
      const out = await requested(ctx, stateWith({ config: { port: 6543 } }));
      expect(JSON.parse(bagOf(out).endpoints ?? '[]')).toEqual([expect.stringMatching(/:6543$/)]);
    });

    it('logs the database it created, never the password', async () => {
      const ctx = new Context(ProviderCharm);
      const out = await requested(ctx);
      const password = out.secrets[0]?.revisions[0]?.content.password ?? 'missing';
      const lines = ctx.jujuLog.map((l) => l.message);
      expect(lines).toContain('created database orders for shop');
      expect(lines.join('\n')).not.toContain(password);
    });

    it('reports how many relations it serves', async () => {
      const ctx = new Context(ProviderCharm);
      const out = await requested(ctx);
      expect(out.unitStatus).toEqual({ status: 'active', message: 'serving 1 database relation(s)' });
    });
  });

  describe('on a non-leader unit', () => {
    it('leaves the request to the leader: no bag write, no secret, standby status', async () => {
      const ctx = new Context(ProviderCharm);
      const out = await requested(ctx, stateWith({ leader: false }));
      expect(bagOf(out)).toEqual({});
      expect(out.secrets).toEqual([]);
      expect(out.unitStatus).toEqual({ status: 'active', message: 'standby' });
    });
  });

  describe('rotate-password', () => {
    it('adds a revision with a new password to the same secret', async () => {
      const ctx = new Context(ProviderCharm);
      const answered = await requested(ctx);
      const { state, results } = await ctx.runAction('rotate-password', { 'relation-id': 3 }, answered);
      const passwords = state.secrets[0]?.revisions.map((r) => r.content.password);
      expect(passwords).toHaveLength(2);
      expect(passwords?.[0]).not.toBe(passwords?.[1]);
      expect(results).toEqual({ rotated: 'database:3' });
      expect(bagOf(state)['secret-user']).toBe(bagOf(answered)['secret-user']);
    });

    it('fails on a relation where no database was created', async () => {
      const ctx = new Context(ProviderCharm);
      await expect(
        ctx.runAction('rotate-password', { 'relation-id': 3 }, stateWith({ request: {} })),
      ).rejects.toThrow(ContextActionFailed);
      expect(ctx.actionFailure).toBe('relation 3: no database was created on it');
    });

    it('fails on a non-leader, saying where to run it', async () => {
      const ctx = new Context(ProviderCharm);
      await expect(
        ctx.runAction('rotate-password', { 'relation-id': 3 }, stateWith({ leader: false })),
      ).rejects.toThrow(ContextActionFailed);
      expect(ctx.actionFailure).toMatch(/run the action on the leader unit/);
    });
  });

  describe('when the relation is broken', () => {
    it('forgets the database and removes the credentials secret', async () => {
      const ctx = new Context(ProviderCharm);
      const answered = await requested(ctx);
      expect(answered.secrets).toHaveLength(1);
      const out = await ctx.run(ctx.on.relationBroken('database'), answered);
      expect(out.secrets).toEqual([]);
      expect(out.storedState['ProviderCharm.state']).toEqual({ databases: {} });
    });
  });
});
