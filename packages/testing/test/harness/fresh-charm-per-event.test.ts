import { ActiveStatus, CharmBase, Component, CustomEvent, observe, on, relation, stored, type ComponentParent, type CollectStatusEvent, type RelationJoinedEvent } from '@jujuts/ops';
import { webHarness } from './harness-fixture';

const db = relation('db');

class ConnectedEvent extends CustomEvent<{ unit: string }> {}

/** A component keeping a plain field and announcing each joined unit. */
class DbWatcher extends Component {
  readonly connected = this.defineEvent('connected', ConnectedEvent);
  joins = 0;

  constructor(parent: ComponentParent) {
    super(parent, 'db-watcher');
  }

  @db.joined
  async onJoined(e: RelationJoinedEvent) {
    this.joins += 1;
    await this.connected.emit({ unit: e.unit?.name ?? 'app' });
  }
}

/** A legacy-style charm: state in plain instance fields, set in several handlers. */
class LegacyCharm extends CharmBase {
  readonly watcher = new DbWatcher(this);
  readonly connectedUnits: string[] = [];
  @stored() state = { configs: 0 };
  counter = 0;
  failNext = false;

  @on.configChanged
  onConfig() {
    this.counter += 1;
    this.state.configs += 1;
    if (this.failNext) throw new Error('config-changed failed after changing stored state');
  }

  @on.leaderElected
  onLeader() {
    this.counter += 10;
  }

  @observe((c: LegacyCharm) => c.watcher.connected)
  onConnected(e: ConnectedEvent) {
    this.connectedUnits.push(e.data.unit);
  }

  @on.collectUnitStatus
  status(e: CollectStatusEvent) {
    e.addStatus(new ActiveStatus(`counter ${this.counter}`));
  }
}

const legacyHarness = () => webHarness(LegacyCharm, { freshCharmPerEvent: false });

describe('the harness runtime', () => {
  describe('with freshCharmPerEvent: false', () => {
    it('keeps a plain instance field incremented by two handlers across events', async () => {
      const harness = legacyHarness();
      harness.begin();
      await harness.updateConfig({ port: 9000 });
      await harness.setLeader(true);
      expect(harness.charm.counter).toBe(11);
      expect(harness.unitStatus).toEqual(new ActiveStatus('counter 11'));
    });

    it('keeps harness.charm the same object across events', async () => {
      const harness = legacyHarness();
      harness.begin();
      const first = harness.charm;
      await harness.updateConfig({ port: 9000 });
      await harness.emit('update-status');
      await harness.evaluateStatus();
      expect(harness.charm).toBe(first);
    });

    it('runs the initial hooks on the instance begin() built', async () => {
      const harness = legacyHarness();
      await harness.beginWithInitialHooks();
      // Not the leader, so leader-elected did not run; config-changed counted once.
      expect(harness.charm.counter).toBe(1);
      await harness.updateConfig({ port: 9000 });
      expect(harness.charm.counter).toBe(2);
    });

    it('keeps components and their fields, and their custom events still reach observers', async () => {
      const harness = legacyHarness();
      harness.begin();
      const watcher = harness.charm.watcher;
      const id = await harness.addRelation('db', 'pg', { unitData: {} });
      await harness.addRelationUnit(id, 'pg/1');
      expect(harness.charm.watcher).toBe(watcher);
      expect(watcher.joins).toBe(2);
      expect(harness.charm.connectedUnits).toEqual(['pg/0', 'pg/1']);
    });

    it('gives each hook its own model, as a fresh process would', async () => {
      const harness = legacyHarness();
      harness.begin();
      const beforeModel = harness.charm.model;
      await harness.updateConfig({ port: 9000 });
      expect(harness.charm.model).not.toBe(beforeModel);
      expect(harness.charm.model.config.get('port')).toBe(9000);
    });

    it('still saves stored state, and a failed hook leaves the committed values', async () => {
      const harness = legacyHarness();
      harness.begin();
      harness.charm.failNext = true;
      await expect(harness.updateConfig({ port: 9000 })).rejects.toThrow('config-changed failed');
      harness.charm.failNext = false;
      await harness.updateConfig({ port: 9001 });
      expect(harness.charm.state).toEqual({ configs: 1 });
      expect(harness.storedState['LegacyCharm.state']).toEqual({ configs: 1 });
    });
  });

  describe('by default', () => {
    it('runs each event on a new charm instance', async () => {
      const harness = webHarness(LegacyCharm);
      harness.begin();
      const first = harness.charm;
      await harness.updateConfig({ port: 9000 });
      await harness.setLeader(true);
      expect(harness.charm).not.toBe(first);
      expect(harness.charm.counter).toBe(10);
      expect(harness.storedState['LegacyCharm.state']).toEqual({ configs: 1 });
    });
  });
});
