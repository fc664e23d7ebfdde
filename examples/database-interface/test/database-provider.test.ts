import { DatabaseInterfaceError, credentialsLabel } from '../src';
import { ourAppBag, providerContext, seen, stateWith, type RecordingProviderCharm } from './support/fixtures';

const request = (database = '"orders"', extra: Record<string, string> = {}) => ({ database, ...extra });

beforeEach(() => {
  seen.length = 0;
});

describe('DatabaseProvider', () => {
  describe('when a request arrives on the leader', () => {
    it('emits databaseRequested with the relation, app, database and extra roles', async () => {
      const ctx = providerContext();
      await ctx.run(
        ctx.on.relationChanged('database'),
        stateWith({
          remoteApp: 'shop',
          remoteAppData: request('"orders"', { 'extra-user-roles': '"CREATEDB"' }),
        }),
      );
      expect(seen).toEqual([
        {
          event: 'databaseRequested',
          data: { relationId: 3, app: 'shop', database: 'orders', extraUserRoles: 'CREATEDB' },
        },
      ]);
    });
  });

  describe('when this unit is elected leader', () => {
    it('emits databaseRequested for requests the previous leader left unanswered', async () => {
      const ctx = providerContext();
      await ctx.run(ctx.on.leaderElected(), stateWith({ remoteApp: 'shop', remoteAppData: request() }));
      expect(seen.map((s) => s.data)).toEqual([{ relationId: 3, app: 'shop', database: 'orders' }]);
    });
  });

  describe('when the requirer has written nothing yet', () => {
    it('emits nothing', async () => {
      const ctx = providerContext();
      await ctx.run(ctx.on.relationChanged('database'), stateWith({}));
      expect(seen).toEqual([]);
    });
  });

  describe('when the request is malformed', () => {
    it('logs a warning naming the field and emits nothing, without failing the hook', async () => {
      const ctx = providerContext();
      await ctx.run(ctx.on.relationChanged('database'), stateWith({ remoteAppData: { database: 'orders' } }));
      expect(seen).toEqual([]);
      expect(ctx.jujuLog.map((l) => l.message).join('\n')).toMatch(
        /ignoring the request on database:3:.*database/,
      );
    });
  });

  describe('when the unit is not the leader', () => {
    it('emits nothing, since only the leader can answer', async () => {
      const ctx = providerContext();
      await ctx.run(
        ctx.on.relationChanged('database'),
        stateWith({ leader: false, remoteAppData: request() }),
      );
      expect(seen).toEqual([]);
    });

    it('refuses setCredentials with the rule and the fix', async () => {
      const ctx = providerContext();
      const attempt = ctx.withCharm(stateWith({ leader: false, remoteAppData: request() }), (c) =>
        c.db.setCredentials(c.db.relation(3), { username: 'u', password: 'p' }, { endpoints: ['h:1'] }),
      );
      await expect(attempt).rejects.toThrow(DatabaseInterfaceError);
      await expect(attempt).rejects.toThrow(
        /only the leader may publish credentials.*check this.unit.isLeader\(\) first/,
      );
    });
  });

  describe('setCredentials', () => {
    it('writes the endpoints, the echoed database and the secret id as JSON values', async () => {
      const ctx = providerContext();
      const { state, result } = await ctx.withCharm(
        stateWith({ remoteAppData: request() }),
        (c) =>
          c.db.setCredentials(
            c.db.relation(3),
            { username: 'u', password: 'p' },
            { endpoints: ['10.0.0.1:5432'], version: '16' },
          ).id,
      );
      expect(ourAppBag(state)).toEqual({
        endpoints: '["10.0.0.1:5432"]',
        database: '"orders"',
        version: '"16"',
        'secret-user': JSON.stringify(result),
      });
      expect(state.secrets).toEqual([
        expect.objectContaining({
          owner: 'app',
          label: credentialsLabel('database', 3),
          grants: { '3': ['remote'] },
        }),
      ]);
    });

    it('puts a new password in a new revision of the same secret', async () => {
      const ctx = providerContext();
      const publish = (password: string) => (c: RecordingProviderCharm) =>
        c.db.setCredentials(c.db.relation(3), { username: 'u', password }, { endpoints: ['h:1'] }).id;
      const first = await ctx.withCharm(stateWith({ remoteAppData: request() }), publish('one'));
      const second = await ctx.withCharm(first.state, publish('two'));
      expect(second.state.secrets).toHaveLength(1);
      expect(second.state.secrets[0]?.revisions.map((r) => r.content.password)).toEqual(['one', 'two']);
      expect(ourAppBag(second.state)['secret-user']).toBe(ourAppBag(first.state)['secret-user']);
    });

    it.each([[[]], [['no-port']], [['h:1', 'h']]])(
      'refuses endpoints %j, naming the expected form',
      async (endpoints) => {
        const ctx = providerContext();
        const attempt = ctx.withCharm(stateWith({ remoteAppData: request() }), (c) =>
          c.db.setCredentials(c.db.relation(3), { username: 'u', password: 'p' }, { endpoints }),
        );
        await expect(attempt).rejects.toThrow(/endpoints must be one or more host:port addresses/);
      },
    );

    it('refuses an empty password before creating any secret', async () => {
      const ctx = providerContext();
      const attempt = ctx.withCharm(stateWith({ remoteAppData: request() }), (c) =>
        c.db.setCredentials(c.db.relation(3), { username: 'u', password: '' }, { endpoints: ['h:1'] }),
      );
      await expect(attempt).rejects.toThrow(/username and password must be non-empty strings/);
    });
  });

  describe('when the request was already answered', () => {
    it('does not emit databaseRequested again', async () => {
      const ctx = providerContext();
      const answered = stateWith({
        remoteAppData: request(),
        localAppData: { database: '"orders"', endpoints: '["h:1"]', 'secret-user': '"secret:abc"' },
      });
      await ctx.run(ctx.on.relationChanged('database'), answered);
      expect(seen).toEqual([]);
    });

    it('emits again when the requirer asks for another database', async () => {
      const ctx = providerContext();
      const answered = stateWith({
        remoteAppData: request('"billing"'),
        localAppData: { database: '"orders"', endpoints: '["h:1"]', 'secret-user': '"secret:abc"' },
      });
      await ctx.run(ctx.on.relationChanged('database'), answered);
      expect(seen.map((s) => (s.data as { database: string }).database)).toEqual(['billing']);
    });
  });
});
