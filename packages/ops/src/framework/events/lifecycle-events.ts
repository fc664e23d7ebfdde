import { HookEvent } from './hook-event';

// Each class carries a distinct literal `kind` so that a handler typed for one
// event does not type-check on another (they are otherwise structurally equal).

/** `install`: the first hook a unit runs. */
export class InstallEvent extends HookEvent {
  readonly kind = 'install' as const;
}
/** `start`: after install and the first config-changed. */
export class StartEvent extends HookEvent {
  readonly kind = 'start' as const;
}
/** `stop`: the unit is going away (not deferrable). */
export class StopEvent extends HookEvent {
  readonly kind = 'stop' as const;
}
/** `remove`: the last hook a unit runs (not deferrable). */
export class RemoveEvent extends HookEvent {
  readonly kind = 'remove' as const;
}
/** `update-status`: periodic, every five minutes by default. */
export class UpdateStatusEvent extends HookEvent {
  readonly kind = 'update-status' as const;
}
/** `config-changed`: the configuration may have changed (also after install and upgrade). */
export class ConfigChangedEvent extends HookEvent {
  readonly kind = 'config-changed' as const;
}
/** `upgrade-charm`: a new revision of the charm was deployed. */
export class UpgradeCharmEvent extends HookEvent {
  readonly kind = 'upgrade-charm' as const;
}
/** `leader-elected`: this unit became the leader. */
export class LeaderElectedEvent extends HookEvent {
  readonly kind = 'leader-elected' as const;
}
/** `leader-settings-changed`: legacy leader data changed (non-leaders). */
export class LeaderSettingsChangedEvent extends HookEvent {
  readonly kind = 'leader-settings-changed' as const;
}
/** `pre-series-upgrade`: the machine's OS is about to be upgraded. */
export class PreSeriesUpgradeEvent extends HookEvent {
  readonly kind = 'pre-series-upgrade' as const;
}
/** `post-series-upgrade`: the machine's OS was upgraded. */
export class PostSeriesUpgradeEvent extends HookEvent {
  readonly kind = 'post-series-upgrade' as const;
}
/** `collect-metrics`: Juju asks for metrics. */
export class CollectMetricsEvent extends HookEvent {
  readonly kind = 'collect-metrics' as const;
}
