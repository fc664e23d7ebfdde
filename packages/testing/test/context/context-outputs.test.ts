import { ActiveStatus, CharmBase, Component, CustomEvent, observe, on, stored, type ComponentParent, type RelationJoinedEvent, type SecretRemoveEvent } from '@jujuts/ops';
import { Context, createState, relation, secret } from '../../src/context';
import { WEB_YAML } from './context-fixture';

class DatabaseCreatedEvent extends CustomEvent<{ username: string }> {}

/** A charm library component with a custom event and its own stored state. */
class DatabaseRequirer extends Component {
  readonly databaseCreated = this.defineEvent('databaseCreated', DatabaseCreatedEvent);
  @stored() seen = { joins: 0 };

  constructor(parent: ComponentParent, readonly endpoint: string) {
    super(parent, endpoint);
  }

  @on.relationJoined((self: DatabaseRequirer) => self.endpoint)
  async onJoined(_e: RelationJoinedEvent): Promise<void> {
    this.seen.joins += 1;
    await this.databaseCreated.emit({ username: `user-${this.seen.joins}` });
  }

  /** What a charm would call directly in component mode. */
  credentials(): string {
    return `user-${this.seen.joins}`;
  }
}

class AppCharm extends CharmBase {
  readonly db = new DatabaseRequirer(this, 'db');
  @stored() users: string[] = [];

  @observe((c: AppCharm) => c.db.databaseCreated)
  onCreated(e: DatabaseCreatedEvent): void {
    this.users.push(e.data.username);
  }

  @on.secretRemove
  onRemove(e: SecretRemoveEvent): void {
    e.secret.removeRevision(e.revision);
  }
}

const ctx = () => new Context(AppCharm, { meta: WEB_YAML });

describe('Context outputs', () => {
  describe('with a component emitting a custom event', () => {
    it('records the custom event among the emitted events', async () => {
      const c = ctx();
      const db = relation('db');
      await c.run(c.on.relationJoined(db), createState({ relations: [db] }));
      expect(c.emittedEvents.map((e) => [e.name, e.kind])).toEqual([
        ['db-relation-joined', 'relationJoined'],
        ['AppCharm/db.databaseCreated', 'custom'],
      ]);
    });

    it("keeps the component's stored state under its path", async () => {
      const c = ctx();
      const db = relation('db');
      const out = await c.run(c.on.relationJoined(db), createState({ relations: [db] }));
      expect(out.storedState).toEqual({ 'AppCharm/db.seen': { joins: 1 }, 'AppCharm.users': ['user-1'] });
    });

    it('lets a test call the component directly in component mode', async () => {
      const c = ctx();
      const { result } = await c.withCharm(createState({ storedState: { 'AppCharm/db.seen': { joins: 4 } } }), (charm) => charm.db.credentials());
      expect(result).toBe('user-4');
    });
  });

  describe('removed secret revisions', () => {
    it('are recorded when the hook removing them succeeds', async () => {
      const c = ctx();
      const s = secret({ owner: 'app', revisions: [{ revision: 1, content: { a: '1' } }, { revision: 2, content: { a: '2' } }] });
      const out = await c.run(c.on.secretRemove(s, { revision: 1 }), createState({ leader: true, secrets: [s] }));
      expect(c.removedSecretRevisions).toEqual([{ id: s.id, revision: 1 }]);
      expect(out.secrets[0]?.revisions.map((r) => r.revision)).toEqual([2]);
    });
  });

  describe('requested storage', () => {
    it('is recorded from component mode', async () => {
      const c = ctx();
      await c.withCharm(createState(), (charm) => charm.model.storages.request('data', 2));
      expect(c.requestedStorage).toEqual([{ name: 'data', count: 2 }]);
    });
  });

  describe('application status history', () => {
    it('records what the leader set', async () => {
      const c = ctx();
      const { state } = await c.withCharm(createState({ leader: true }), (charm) => {
        charm.app.status = new ActiveStatus('all good');
      });
      expect(c.appStatusHistory).toEqual([{ status: 'active', message: 'all good' }]);
      expect(state.appStatus).toEqual({ status: 'active', message: 'all good' });
    });
  });

  describe('component mode', () => {
    it('checks the State before building the charm', async () => {
      const c = ctx();
      await expect(c.withCharm(createState({ config: { nope: 1 } }), () => undefined)).rejects.toThrow(
        'ctx.run(component): the State is inconsistent with the charm or the event:\n  - config option "nope" is not declared',
      );
    });

    it('emits no event, not even collect-status', async () => {
      const c = ctx();
      await c.withCharm(createState(), () => undefined);
      expect(c.emittedEvents).toEqual([]);
    });
  });
});
