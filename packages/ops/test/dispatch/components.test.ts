import { CharmBase, Component, CustomEvent, observe, on, stored, type ComponentParent, type RelationJoinedEvent } from '../../src';
import { makeMeta } from '../support/charm-meta.factory';
import { TestUnit } from '../support/run-in-memory';

class DatabaseCreatedEvent extends CustomEvent<{ username: string }> {}

const log: string[] = [];

/** A charm library component whose endpoint comes from its constructor. */
class DatabaseRequirer extends Component {
  readonly databaseCreated = this.defineEvent('databaseCreated', DatabaseCreatedEvent);
  @stored() seen = { joins: 0 };

  constructor(parent: ComponentParent, readonly endpoint: string) {
    super(parent, endpoint);
  }

  @on.relationJoined((self: DatabaseRequirer) => self.endpoint)
  async onJoined(e: RelationJoinedEvent) {
    this.seen.joins += 1;
    log.push(`component:${e.relation.name}`);
    await this.databaseCreated.emit({ username: `user-${this.seen.joins}` });
  }
}

class AppCharm extends CharmBase {
  readonly primary = new DatabaseRequirer(this, 'primary');
  readonly replica = new DatabaseRequirer(this, 'replica');

  @observe((c: AppCharm) => c.primary.databaseCreated)
  onCreated(e: DatabaseCreatedEvent) {
    log.push(`charm:${e.data.username}`);
    if (e.data.username === 'user-1') e.defer();
  }
}

const meta = makeMeta({ relations: { primary: { role: 'requires' }, replica: { role: 'requires' } } });
const unit = () =>
  new TestUnit(AppCharm, meta, {
    relations: [
      { id: 1, endpoint: 'primary', remoteApp: 'pg', remoteUnits: { 'pg/0': {} } },
      { id: 2, endpoint: 'replica', remoteApp: 'pg2', remoteUnits: { 'pg2/0': {} } },
    ],
  });

beforeEach(() => {
  log.length = 0;
});

describe('components', () => {
  it('route events by the endpoint given to their constructor', async () => {
    await unit().ok({ path: 'hooks/replica-relation-joined', relationId: 2, remoteUnit: 'pg2/0' });
    expect(log).toEqual(['component:replica']);
  });

  it('emit custom events that the charm observes', async () => {
    await unit().ok({ path: 'hooks/primary-relation-joined', relationId: 1, remoteUnit: 'pg/0' });
    expect(log).toEqual(['component:primary', 'charm:user-1']);
  });

  it('keep their stored state under their own path', async () => {
    const u = unit();
    await u.ok({ path: 'hooks/primary-relation-joined', relationId: 1, remoteUnit: 'pg/0' });
    expect(u.store.current.stored['AppCharm/primary.seen']).toEqual({ joins: 1 });
    expect(u.store.current.stored['AppCharm/replica.seen']).toEqual({ joins: 0 });
  });

  it('re-emit a deferred custom event with its data on the next dispatch', async () => {
    const u = unit();
    await u.ok({ path: 'hooks/primary-relation-joined', relationId: 1, remoteUnit: 'pg/0' });
    expect(u.store.current.deferred).toEqual([
      { event: { kind: 'custom', source: 'AppCharm/primary.databaseCreated', data: { username: 'user-1' } }, handler: 'AppCharm.onCreated' },
    ]);
    log.length = 0;
    await u.ok('hooks/update-status');
    expect(log).toEqual(['charm:user-1']);
  });
});
