import {
  ContextActionFailed,
  Context,
  createState,
  relation,
  type State,
  type StateInput,
} from '@jujuts/testing';
import { RequirerCharm } from '../src/charm';

const SECRET_ID = 'secret:c0nnect10nsecret000';

/** The provider's answer as it sits in its app bag. */
const answer = (endpoints = '["10.1.1.1:5432"]') => ({
  endpoints,
  'secret-user': JSON.stringify(SECRET_ID),
  database: '"orders"',
});
/** The credentials secret the provider granted, with one revision per password. */
const granted = (...passwords: string[]) => ({
  id: SECRET_ID,
  revisions: passwords.map((password, i) => ({
    revision: i + 1,
    content: { username: 'relation_3', password },
  })),
  trackedRevision: 1,
});

/** A State with `database` relation 3 to `pg` (answered when `remoteAppData` says so). */
function stateWith(
  options: { leader?: boolean; remoteAppData?: Record<string, string>; related?: boolean } & Pick<
    StateInput,
    'secrets' | 'config' | 'storedState'
  > = {},
): State {
  const { leader = true, remoteAppData = {}, related = true, ...rest } = options;
  return createState({
    leader,
    relations: related ? [relation('database', { id: 3, remoteApp: 'pg', remoteAppData })] : [],
    ...rest,
  });
}

const bagOf = (state: State) => state.relations[0]?.localAppData ?? {};
const connected = async (ctx: Context<RequirerCharm>, leader = true) =>
  ctx.run(
    ctx.on.relationChanged('database'),
    stateWith({ leader, remoteAppData: answer(), secrets: [granted('s3cret-pw')] }),
  );

describe('db-requirer (Context/State)', () => {
  describe('when the relation is created on the leader', () => {
    it('asks for the database named in config', async () => {
      const ctx = new Context(RequirerCharm);
      const out = await ctx.run(
        ctx.on.relationCreated('database'),
        stateWith({ config: { 'database-name': 'orders' } }),
      );
      expect(bagOf(out)).toEqual({ database: '"orders"' });
      expect(out.unitStatus).toEqual({ status: 'waiting', message: 'waiting for database credentials' });
    });
  });

  describe('when database-name changes', () => {
    it('updates the request on the existing relation (leader)', async () => {
      const ctx = new Context(RequirerCharm);
      const out = await ctx.run(
        ctx.on.configChanged(),
        stateWith({ config: { 'database-name': 'billing' } }),
      );
      expect(bagOf(out)).toEqual({ database: '"billing"' });
    });

    it('leaves the request to the leader on other units', async () => {
      const ctx = new Context(RequirerCharm);
      const out = await ctx.run(
        ctx.on.configChanged(),
        stateWith({ leader: false, config: { 'database-name': 'billing' } }),
      );
      expect(bagOf(out)).toEqual({});
    });
  });

  describe.each([true, false])('when the provider has answered (leader: %s)', (leader) => {
    it('connects with the granted credentials and says where', async () => {
      const ctx = new Context(RequirerCharm);
      const out = await connected(ctx, leader);
      expect(out.storedState['RequirerCharm.state']).toEqual({
        connection: { endpoints: ['10.1.1.1:5432'], username: 'relation_3', database: 'orders' },
        credentialChanges: 0,
      });
      expect(out.unitStatus).toEqual({ status: 'active', message: 'connected to orders at 10.1.1.1:5432' });
    });
  });

  describe('what it logs', () => {
    it('names the user, never the password', async () => {
      const ctx = new Context(RequirerCharm);
      await connected(ctx);
      const lines = ctx.jujuLog.map((l) => l.message).join('\n');
      expect(lines).toContain('connected to 10.1.1.1:5432 as relation_3');
      expect(lines).not.toContain('s3cret-pw');
    });
  });

  describe('when the provider rotates the password', () => {
    it('reconnects and counts the change', async () => {
      const ctx = new Context(RequirerCharm);
      const state = stateWith({
        remoteAppData: answer(),
        secrets: [granted('old', 'new')],
        storedState: { 'RequirerCharm.state': { connection: null, credentialChanges: 0 } },
      });
      const out = await ctx.run(ctx.on.secretChanged(SECRET_ID), state);
      expect(out.storedState['RequirerCharm.state']).toEqual(
        expect.objectContaining({
          credentialChanges: 1,
          connection: expect.objectContaining({ username: 'relation_3' }),
        }),
      );
    });
  });

  describe('show-connection', () => {
    it('returns endpoints, user and database', async () => {
      const ctx = new Context(RequirerCharm);
      const { results } = await ctx.runAction('show-connection', {}, await connected(ctx));
      expect(results).toEqual({ endpoints: '10.1.1.1:5432', username: 'relation_3', database: 'orders' });
    });

    it('fails with the fix before any provider answered', async () => {
      const ctx = new Context(RequirerCharm);
      await expect(ctx.runAction('show-connection', {}, stateWith())).rejects.toThrow(ContextActionFailed);
      expect(ctx.actionFailure).toBe('not connected: relate this application to a database provider');
    });
  });

  describe('without a database relation', () => {
    it('is blocked, saying what it needs', async () => {
      const ctx = new Context(RequirerCharm);
      const out = await ctx.run(ctx.on.updateStatus(), stateWith({ related: false }));
      expect(out.unitStatus).toEqual({ status: 'blocked', message: 'needs a database relation' });
    });
  });

  describe('when the relation is broken', () => {
    it('drops the connection', async () => {
      const ctx = new Context(RequirerCharm);
      const out = await ctx.run(ctx.on.relationBroken('database'), await connected(ctx));
      expect(out.storedState['RequirerCharm.state']).toEqual(expect.objectContaining({ connection: null }));
    });
  });
});
