import {
  ActiveStatus,
  BlockedStatus,
  CharmBase,
  MaintenanceStatus,
  action,
  container,
  on,
  relation,
  storage,
  stored,
  type ActionEvent,
  type CollectStatusEvent,
  type EventBase,
  type PebbleCheckFailedEvent,
  type PebbleCustomNoticeEvent,
  type PebbleReadyEvent,
  type RelationChangedEvent,
  type RelationDepartedEvent,
  type RelationEvent,
  type SecretEvent,
  type StorageEvent,
} from '@jujuts/ops';
import { Context, type ContextOptions } from '../../src/context';

/** charmcraft.yaml of the `web` charm the Context tests run. */
export const WEB_YAML = `
name: web
type: charm
summary: A web server for Context tests.
requires:
  db:
    interface: pg
  logging:
    interface: loki
    scope: container
provides:
  website:
    interface: http
peers:
  cluster:
    interface: web-peers
extra-bindings:
  metrics:
containers:
  web:
    resource: image
resources:
  image:
    type: oci-image
storage:
  data:
    type: filesystem
    location: /srv/data
config:
  options:
    port: {type: int, default: 8080}
    name: {type: string}
    crash: {type: boolean, default: false}
    wait: {type: boolean, default: false}
actions:
  backup:
    params:
      path: {type: string, default: /tmp/backup}
      compress: {type: boolean}
    additionalProperties: false
  explode:
    params: {}
  restore:
    params:
      from: {type: string}
    required: [from]
`;

/** The layer the web charm adds on pebble-ready. */
export const WEB_LAYER = { summary: 'web', services: { nginx: { override: 'replace' as const, command: 'nginx -g daemon', startup: 'enabled' as const } } };

const db = relation('db');
const cluster = relation('cluster');
const website = relation('website');
const logging = relation('logging');
const web = container('web');
const data = storage('data');

/** Instances built so far: each run must build a new one. */
export const instances: WebCharm[] = [];

/** A small but realistic charm touching every part of the State. */
export class WebCharm extends CharmBase {
  @stored() state = { seen: [] as string[], configured: false, port: 0 };

  constructor(...args: ConstructorParameters<typeof CharmBase>) {
    super(...args);
    instances.push(this);
  }

  private note(line: string): void {
    this.state.seen.push(line);
  }

  @on.install @on.start @on.stop @on.remove @on.upgradeCharm @on.leaderElected @on.leaderSettingsChanged
  @on.preSeriesUpgrade @on.postSeriesUpgrade @on.collectMetrics
  onLifecycle(e: EventBase): void {
    this.note(e.displayName);
  }

  @on.configChanged
  onConfig(e: EventBase): void {
    const config = this.model.config;
    if (config.get('crash') === true) throw new Error('crash requested by config');
    if (config.get('wait') === true) return e.defer();
    this.state.configured = true;
    this.state.port = Number(config.get('port'));
    this.unit.status = new MaintenanceStatus(`port ${this.state.port}`);
    this.unit.setWorkloadVersion('1.2.3');
    this.logger.info(`configured on port ${this.state.port}`);
    this.note(e.displayName);
  }

  @on.updateStatus
  onUpdate(e: EventBase): void {
    if (!this.state.configured) return e.defer();
    this.note(e.displayName);
  }

  @db.created @db.joined @db.broken @cluster.joined @cluster.changed @website.joined @logging.joined
  onRelation(e: RelationEvent): void {
    this.note(`${e.displayName} ${e.unit?.name ?? '-'}`);
  }

  @db.changed
  onDbChanged(e: RelationChangedEvent): void {
    const host = e.relation.data(e.relation.app).get('host');
    e.relation.data(this.unit).set('seen-host', host ?? '');
    if (this.unit.isLeader()) e.relation.data(this.app).set('units', String(e.relation.units.size));
    this.note(`${e.displayName} ${e.unit?.name ?? '-'}`);
  }

  @db.departed
  onDeparted(e: RelationDepartedEvent): void {
    this.note(`${e.displayName} departing=${e.departingUnit?.name ?? '-'}`);
  }

  @web.pebbleReady
  async onReady(e: PebbleReadyEvent): Promise<void> {
    await e.workload.addLayer('web', WEB_LAYER, { combine: true });
    await e.workload.replan();
    await e.workload.push('/etc/nginx/port', String(this.state.port || 8080), { makeDirs: true });
    const proc = await e.workload.exec(['nginx', '-v']);
    const out = await proc.waitOutput();
    this.unit.setWorkloadVersion(String(out.stdout).trim());
    this.note(e.displayName);
  }

  @web.pebbleCustomNotice
  onNotice(e: PebbleCustomNoticeEvent): void {
    this.note(`${e.displayName} ${e.notice.key}`);
  }

  @web.pebbleCheckFailed
  onCheck(e: PebbleCheckFailedEvent): void {
    this.note(`${e.displayName} ${e.check.name}`);
  }

  @data.attached @data.detaching
  onStorage(e: StorageEvent): void {
    this.note(`${e.displayName} ${e.storage.fullId}`);
  }

  @on.secretChanged @on.secretRotate @on.secretRemove @on.secretExpired
  onSecret(e: SecretEvent): void {
    this.note(`${e.displayName} ${e.secret.label ?? e.secret.id ?? '-'}`);
  }

  @action('backup')
  onBackup(e: ActionEvent): void {
    e.log('backing up');
    e.setResults({ path: String(e.params['path' as never]), compressed: e.params['compress' as never] === true });
  }

  @action('explode')
  onExplode(e: ActionEvent): void {
    e.log('about to fail');
    e.setResults({ partial: 'yes' });
    e.fail('boom: the action failed');
  }

  @on.collectUnitStatus
  onCollect(e: CollectStatusEvent): void {
    e.addStatus(this.state.configured ? new ActiveStatus(`serving on ${this.state.port}`) : new BlockedStatus('waiting for config'));
  }
}

/** A Context over the web charm's metadata (options may override it). */
export function webContext(options: ContextOptions = {}): Context<WebCharm> {
  return new Context(WebCharm, { meta: WEB_YAML, ...options });
}

beforeEach(() => {
  instances.length = 0;
});
