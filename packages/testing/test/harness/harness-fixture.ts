import {
  CharmBase,
  container,
  on,
  relation,
  storage,
  type EventBase,
  type PebbleCustomNoticeEvent,
  type RelationDepartedEvent,
  type RelationEvent,
  type SecretEvent,
  type StorageEvent,
} from '@jujuts/ops';
import type { CharmBase as AnyCharm, CharmClass } from '@jujuts/ops/internal';
import { Harness, type HarnessOptions } from '../../src/harness';

/** charmcraft.yaml of the `web` charm most harness tests run. */
export const WEB_YAML = `
name: web
type: charm
summary: A web server for harness tests.
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
  workload:
    resource: image
resources:
  image:
    type: oci-image
storage:
  data:
    type: filesystem
    location: /srv/data
  cache:
    type: filesystem
    multiple:
      range: 0-3
config:
  options:
    port: {type: int, default: 8080}
    name: {type: string}
    debug: {type: boolean, default: false}
    ratio: {type: float, default: 0.5}
actions:
  backup:
    params:
      path: {type: string, default: /tmp/backup}
      compress: {type: boolean}
    additionalProperties: false
  restore:
    params:
      from: {type: string}
    required: [from]
`;

/** What the recorder charm saw, one line per event, in order. */
export const seen: string[] = [];

const db = relation('db');
const cluster = relation('cluster');
const workload = container('workload');
const data = storage('data');
const cache = storage('cache');

const relationLine = (e: RelationEvent) => `${e.displayName} ${e.unit?.name ?? e.app?.name ?? '-'}`;

/** Records every event it is sent (with the remote unit, storage or secret it is about). */
export class RecorderCharm extends CharmBase {
  @on.install @on.start @on.stop @on.configChanged @on.leaderElected @on.leaderSettingsChanged @on.updateStatus @on.upgradeCharm
  onLifecycle(e: EventBase) {
    seen.push(e.displayName);
  }
  @db.created @db.joined @db.changed @db.broken @cluster.created @cluster.joined @cluster.changed @cluster.broken
  onRelation(e: RelationEvent) {
    seen.push(relationLine(e));
  }
  @db.departed @cluster.departed
  onDeparted(e: RelationDepartedEvent) {
    seen.push(`${relationLine(e)} departing=${e.departingUnit?.name ?? '-'}`);
  }
  @workload.pebbleReady
  onReady(e: EventBase) {
    seen.push(e.displayName);
  }
  @workload.pebbleCustomNotice
  onNotice(e: PebbleCustomNoticeEvent) {
    seen.push(`${e.displayName} ${e.notice.key}`);
  }
  @data.attached @data.detaching @cache.attached @cache.detaching
  onStorage(e: StorageEvent) {
    seen.push(`${e.displayName} ${e.storage.fullId}`);
  }
  @on.secretChanged @on.secretRotate @on.secretRemove @on.secretExpired
  onSecret(e: SecretEvent) {
    seen.push(`${e.displayName} ${e.secret.label ?? e.secret.id ?? '-'}`);
  }
}

const made: Harness<AnyCharm<object>>[] = [];

/** A harness over the web metadata (or `options.meta`), cleaned up after each test. */
export function webHarness<C extends AnyCharm<object>>(charmClass: CharmClass<C>, options: HarnessOptions = {}): Harness<C> {
  const harness = new Harness(charmClass, { meta: WEB_YAML, ...options });
  made.push(harness as unknown as Harness<AnyCharm<object>>);
  return harness;
}

/** A begun harness of the recorder charm; `seen` is cleared after begin. */
export function recorder(options: HarnessOptions = {}): Harness<RecorderCharm> {
  const harness = webHarness(RecorderCharm, options);
  harness.begin();
  return harness;
}

beforeEach(() => {
  seen.length = 0;
});

afterEach(() => {
  for (const h of made.splice(0)) h.cleanup();
});
