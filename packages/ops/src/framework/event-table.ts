/**
 * One row per Juju event. The `on.*` decorators, the endpoint handles and
 * dispatch's routing are all generated from this table: adding an event is
 * adding a row (and, if it carries new attributes, an event class).
 */

/** What an event is scoped to: nothing, or a name declared in metadata. */
export type EventScope = 'none' | 'relation' | 'container' | 'storage' | 'action' | 'framework';

/** One Juju event kind. */
export interface EventKind {
  /**
   * Juju's hook name, or for scoped events the suffix after the scope name:
   * `install`, `relation-joined` (for `db-relation-joined`), `pebble-ready`
   * (for `web-pebble-ready`), `storage-attached` (for `data-storage-attached`).
   */
  readonly hook: string;
  /** camelCase name: the `on.*` decorator and `ctx.on.*` factory name. */
  readonly name: string;
  /** What the hook name is prefixed with. */
  readonly scope: EventScope;
  /** Whether `event.defer()` is allowed (ops refuses it for these events). */
  readonly deferrable: boolean;
}

const row = (hook: string, name: string, scope: EventScope, deferrable = true): EventKind =>
  Object.freeze({ hook, name, scope, deferrable });

/** Every event a charm can observe. */
export const EVENT_KINDS: readonly EventKind[] = Object.freeze([
  row('install', 'install', 'none'),
  row('start', 'start', 'none'),
  row('stop', 'stop', 'none', false),
  row('remove', 'remove', 'none', false),
  row('update-status', 'updateStatus', 'none'),
  row('config-changed', 'configChanged', 'none'),
  row('upgrade-charm', 'upgradeCharm', 'none'),
  row('leader-elected', 'leaderElected', 'none'),
  row('leader-settings-changed', 'leaderSettingsChanged', 'none'),
  row('pre-series-upgrade', 'preSeriesUpgrade', 'none'),
  row('post-series-upgrade', 'postSeriesUpgrade', 'none'),
  row('collect-metrics', 'collectMetrics', 'none'),
  row('secret-changed', 'secretChanged', 'none'),
  row('secret-rotate', 'secretRotate', 'none', false),
  row('secret-expired', 'secretExpired', 'none', false),
  row('secret-remove', 'secretRemove', 'none'),
  row('relation-created', 'relationCreated', 'relation'),
  row('relation-joined', 'relationJoined', 'relation'),
  row('relation-changed', 'relationChanged', 'relation'),
  row('relation-departed', 'relationDeparted', 'relation'),
  row('relation-broken', 'relationBroken', 'relation'),
  row('storage-attached', 'storageAttached', 'storage'),
  row('storage-detaching', 'storageDetaching', 'storage'),
  row('pebble-ready', 'pebbleReady', 'container'),
  row('pebble-custom-notice', 'pebbleCustomNotice', 'container'),
  row('pebble-check-failed', 'pebbleCheckFailed', 'container'),
  row('pebble-check-recovered', 'pebbleCheckRecovered', 'container'),
  row('action', 'action', 'action', false),
  row('collect-app-status', 'collectAppStatus', 'framework', false),
  row('collect-unit-status', 'collectUnitStatus', 'framework', false),
]);

const byName = new Map(EVENT_KINDS.map((k) => [k.name, k]));

/** The row for a camelCase event name, or undefined. */
export function eventKindByName(name: string): EventKind | undefined {
  return byName.get(name);
}
