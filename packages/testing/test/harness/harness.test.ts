import {
  ActiveStatus,
  BlockedStatus,
  CharmBase,
  Component,
  CustomEvent,
  RelationDataAccessError,
  WaitingStatus,
  action,
  charm,
  container,
  observe,
  on,
  relation,
  stored,
  type ActionEvent,
  type CollectStatusEvent,
  type ComponentParent,
  type PebbleCheckFailedEvent,
  type PebbleReadyEvent,
  type RelationChangedEvent,
  type RelationJoinedEvent,
} from '@jujuts/ops';
import { IsInt, IsString } from 'class-validator';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ActionFailed, Harness } from '../../src/harness';
import { WEB_YAML, recorder, seen, webHarness } from './harness-fixture';

class DbAppData {
  @IsString() host!: string;
  @IsInt() port!: number;
}

class WebConfig {
  @IsInt() port = 8080;
}

const db = relation('db', { app: DbAppData });
const cluster = relation('cluster');
const workload = container('workload');

/** A web server that needs a database, runs in a container and tells its peers its address. */
@charm({ config: WebConfig })
class WebCharm extends CharmBase<WebConfig> {
  @stored() state = { dbUrl: '', restarts: 0 };

  @db.changed
  onDb(e: RelationChangedEvent<DbAppData>) {
    if (!e.app || e.relation.data(e.app).get('host') === undefined) return;
    const data = e.loadAppData();
    this.state.dbUrl = `postgres://${data.host}:${data.port}`;
  }

  @workload.pebbleReady
  async onReady(e: PebbleReadyEvent) {
    if (!this.state.dbUrl) return e.defer();
    await e.workload.addLayer('web', { services: { web: { override: 'replace', command: `serve --port ${this.config.port}`, startup: 'enabled', environment: { DB: this.state.dbUrl } } } }, { combine: true });
    await e.workload.replan();
    this.state.restarts += 1;
  }

  @cluster.joined
  onPeer(e: RelationJoinedEvent) {
    e.relation.data(this.unit).set('address', this.model.getBinding('cluster').network.ingressAddress ?? '');
  }

  @action('backup')
  onBackup(e: ActionEvent) {
    if (!this.state.dbUrl) return e.fail('no database yet');
    e.setResults({ target: this.state.dbUrl });
  }

  @on.collectUnitStatus
  onStatus(e: CollectStatusEvent) {
    if (!this.state.dbUrl) e.addStatus(new BlockedStatus('waiting for db relation'));
    else if (this.state.restarts === 0) e.addStatus(new WaitingStatus('waiting for workload'));
    else e.addStatus(new ActiveStatus());
  }
}

describe('Harness', () => {
  describe('driving a web charm through its life', () => {
    let harness: Harness<WebCharm>;

    beforeEach(async () => {
      harness = webHarness(WebCharm);
      await harness.beginWithInitialHooks();
    });

    it('is blocked until the database relation gives an address', () => {
      expect(harness.unitStatus).toEqual(new BlockedStatus('waiting for db relation'));
      expect(harness.deferred.map((d) => d.event.kind)).toEqual(['pebbleReady']);
    });

    it('runs the deferred pebble-ready once the database is known, and becomes active', async () => {
      await harness.addRelation('db', 'pg', { appData: { host: '"pg.internal"', port: '5432' } });
      expect(harness.charm.state.dbUrl).toBe('postgres://pg.internal:5432');
      await harness.emit('update-status');
      expect(harness.getContainerPebblePlan('workload').services['web']?.environment).toEqual({ DB: 'postgres://pg.internal:5432' });
      expect(harness.unitStatus).toEqual(new ActiveStatus());
      expect(harness.deferred).toEqual([]);
    });

    it('reads typed config in the container layer', async () => {
      await harness.updateConfig({ port: 9000 });
      await harness.addRelation('db', 'pg', { appData: { host: '"h"', port: '1' } });
      await harness.containerPebbleReady('workload');
      expect(harness.getContainerPebblePlan('workload').services['web']?.command).toBe('serve --port 9000');
    });

    it('fails the hook on a database bag that breaks the schema, naming the field', async () => {
      await expect(harness.addRelation('db', 'pg', { appData: { host: '"h"', port: '"x"' } })).rejects.toThrow(/port/);
      expect(harness.charm.state.dbUrl).toBe('');
    });

    it('answers the backup action once configured, and fails it before', async () => {
      await expect(harness.runAction('backup')).rejects.toEqual(new ActionFailed('no database yet', { results: {}, logs: [] }));
      await harness.addRelation('db', 'pg', { appData: { host: '"h"', port: '1' } });
      expect((await harness.runAction('backup')).results).toEqual({ target: 'postgres://h:1' });
    });

    it('tells a joining peer its address', async () => {
      harness.addNetwork('10.1.1.5', { endpoint: 'cluster' });
      const peers = harness.model.getRelation('cluster');
      await harness.addRelationUnit(peers?.id ?? -1, 'web/1');
      expect(harness.getRelationData(peers?.id ?? -1, 'web/0')['address']).toBe('10.1.1.5');
    });
  });

  describe('peer relation app bag', () => {
    class PeerWriter extends CharmBase {
      @cluster.changed onChanged(e: RelationChangedEvent) {
        e.relation.data(this.app).set('leader-only', 'x');
      }
    }

    it('is writable by the leader only', async () => {
      const follower = webHarness(PeerWriter);
      follower.begin();
      const id = await follower.addRelation('cluster', 'web');
      await expect(follower.addRelationUnit(id, 'web/1')).rejects.toBeInstanceOf(RelationDataAccessError);
      const leader = webHarness(PeerWriter, { leader: true });
      leader.begin();
      const lid = await leader.addRelation('cluster', 'web');
      await leader.addRelationUnit(lid, 'web/1');
      expect(leader.getRelationData(lid, 'web')).toEqual({ 'leader-only': 'x' });
    });
  });

  describe('components', () => {
    class ReadyEvent extends CustomEvent<{ unit: string }> {}
    const heard: string[] = [];

    class DbRequirer extends Component {
      readonly ready = this.defineEvent('ready', ReadyEvent);
      @stored() joins = { count: 0 };
      constructor(parent: ComponentParent, readonly endpoint: string) {
        super(parent, endpoint);
      }
      @on.relationJoined((self: DbRequirer) => self.endpoint)
      async onJoined(e: RelationJoinedEvent) {
        this.joins.count += 1;
        await this.ready.emit({ unit: e.unit?.name ?? '-' });
      }
    }

    class ComposedCharm extends CharmBase {
      readonly database = new DbRequirer(this, 'db');
      @observe((c: ComposedCharm) => c.database.ready)
      onReady(e: ReadyEvent) {
        heard.push(e.data.unit);
      }
    }

    it('run their handlers and custom events, keeping their stored state', async () => {
      const harness = webHarness(ComposedCharm);
      harness.begin();
      const id = await harness.addRelation('db', 'pg');
      await harness.addRelationUnit(id, 'pg/0');
      await harness.addRelationUnit(id, 'pg/1');
      expect(heard).toEqual(['pg/0', 'pg/1']);
      expect(harness.storedState['ComposedCharm/db.joins']).toEqual({ count: 2 });
    });
  });

  describe('pebble check events', () => {
    class CheckCharm extends CharmBase {
      @workload.pebbleCheckFailed onFailed(e: PebbleCheckFailedEvent) {
        this.unit.status = new BlockedStatus(`${e.check.name} failing`);
      }
      @workload.pebbleCheckRecovered onRecovered() {
        this.unit.status = new ActiveStatus();
      }
    }

    it('emit failed and recovered with the check name', async () => {
      const harness = webHarness(CheckCharm);
      harness.begin();
      await harness.pebbleCheckEvent('workload', 'http', true);
      expect(harness.unitStatus).toEqual(new BlockedStatus('http failing'));
      await harness.pebbleCheckEvent('workload', 'http', false);
      expect(harness.unitStatus).toEqual(new ActiveStatus());
    });
  });

  describe('subordinate charms', () => {
    const SUB_YAML = `
name: filebeat
type: charm
summary: A subordinate.
subordinate: true
requires:
  juju-info:
    interface: juju-info
    scope: container
`;
    const principal = relation('juju-info');
    class SubCharm extends CharmBase {
      @principal.joined onJoined(e: RelationJoinedEvent) {
        this.unit.status = new ActiveStatus(`attached to ${e.unit?.name ?? '-'}`);
      }
    }

    it('relate to their principal through a container-scoped relation', async () => {
      const harness = new Harness(SubCharm, { meta: SUB_YAML });
      harness.begin();
      const id = await harness.addRelation('juju-info', 'ubuntu');
      await harness.addRelationUnit(id, 'ubuntu/0');
      expect(harness.meta.subordinate).toBe(true);
      expect(harness.juju.state.relations[0]?.subordinate).toBe(true);
      expect(harness.unitStatus).toEqual(new ActiveStatus('attached to ubuntu/0'));
    });
  });

  describe('the event log', () => {
    it('follows the order of harness calls exactly', async () => {
      const harness = recorder({ leader: true });
      const id = await harness.addRelation('db', 'pg');
      await harness.addRelationUnit(id, 'pg/0');
      await harness.updateConfig({ name: 'n' });
      await harness.removeRelation(id);
      expect(seen).toEqual([
        'db-relation-created pg',
        'db-relation-joined pg/0',
        'db-relation-changed pg/0',
        'config-changed',
        'db-relation-departed pg/0 departing=pg/0',
        'db-relation-broken pg',
      ]);
    });
  });

  it('loads metadata from charmDir when none is given', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jujuts-harness-dir-'));
    try {
      writeFileSync(join(dir, 'charmcraft.yaml'), WEB_YAML.replace('name: web', 'name: from-dir'));
      const harness = new Harness(WebCharm, { charmDir: dir });
      expect(harness.meta.name).toBe('from-dir');
      expect(harness.model.unit.name).toBe('from-dir/0');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
