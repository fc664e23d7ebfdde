import type { ScopeResolver } from '../framework/handler-record';
import { EVENT_KINDS } from '../framework/event-table';
import type * as E from '../framework';
import { checkScope, handlerDecorator, scopeLabel, type HandlerDecorator } from './handler-decorator';

/** A decorator factory for a scoped event: give the endpoint, container or storage name. */
export type ScopedDecorator<Ev> = (scope: ScopeResolver) => HandlerDecorator<Ev>;

/**
 * One decorator per Juju event. Unscoped events are used bare
 * (`@on.install`); relation, container and storage events take the name
 * (`@on.relationJoined('db')`), or a function of the instance for components
 * whose endpoint comes from a constructor argument.
 *
 * @example
 * ```ts
 * class MyCharm extends CharmBase {
 *   @on.configChanged
 *   onConfig(e: ConfigChangedEvent) {}
 *   @on.relationChanged('db')
 *   onDb(e: RelationChangedEvent) {}
 * }
 * ```
 */
export interface OnDecorators {
  /** `install`. */ readonly install: HandlerDecorator<E.InstallEvent>;
  /** `start`. */ readonly start: HandlerDecorator<E.StartEvent>;
  /** `stop` (not deferrable). */ readonly stop: HandlerDecorator<E.StopEvent>;
  /** `remove` (not deferrable). */ readonly remove: HandlerDecorator<E.RemoveEvent>;
  /** `update-status`. */ readonly updateStatus: HandlerDecorator<E.UpdateStatusEvent>;
  /** `config-changed`. */ readonly configChanged: HandlerDecorator<E.ConfigChangedEvent>;
  /** `upgrade-charm`. */ readonly upgradeCharm: HandlerDecorator<E.UpgradeCharmEvent>;
  /** `leader-elected`. */ readonly leaderElected: HandlerDecorator<E.LeaderElectedEvent>;
  /** `leader-settings-changed`. */ readonly leaderSettingsChanged: HandlerDecorator<E.LeaderSettingsChangedEvent>;
  /** `pre-series-upgrade`. */ readonly preSeriesUpgrade: HandlerDecorator<E.PreSeriesUpgradeEvent>;
  /** `post-series-upgrade`. */ readonly postSeriesUpgrade: HandlerDecorator<E.PostSeriesUpgradeEvent>;
  /** `collect-metrics`. */ readonly collectMetrics: HandlerDecorator<E.CollectMetricsEvent>;
  /** `secret-changed` (any secret; see `secret(label)` to filter). */ readonly secretChanged: HandlerDecorator<E.SecretChangedEvent>;
  /** `secret-rotate` (not deferrable). */ readonly secretRotate: HandlerDecorator<E.SecretRotateEvent>;
  /** `secret-expired` (not deferrable). */ readonly secretExpired: HandlerDecorator<E.SecretExpiredEvent>;
  /** `secret-remove`. */ readonly secretRemove: HandlerDecorator<E.SecretRemoveEvent>;
  /** `<endpoint>-relation-created`. */ readonly relationCreated: ScopedDecorator<E.RelationCreatedEvent>;
  /** `<endpoint>-relation-joined`. */ readonly relationJoined: ScopedDecorator<E.RelationJoinedEvent>;
  /** `<endpoint>-relation-changed`. */ readonly relationChanged: ScopedDecorator<E.RelationChangedEvent>;
  /** `<endpoint>-relation-departed`. */ readonly relationDeparted: ScopedDecorator<E.RelationDepartedEvent>;
  /** `<endpoint>-relation-broken`. */ readonly relationBroken: ScopedDecorator<E.RelationBrokenEvent>;
  /** `<storage>-storage-attached`. */ readonly storageAttached: ScopedDecorator<E.StorageAttachedEvent>;
  /** `<storage>-storage-detaching`. */ readonly storageDetaching: ScopedDecorator<E.StorageDetachingEvent>;
  /** `<container>-pebble-ready`. */ readonly pebbleReady: ScopedDecorator<E.PebbleReadyEvent>;
  /** `<container>-pebble-custom-notice`. */ readonly pebbleCustomNotice: ScopedDecorator<E.PebbleCustomNoticeEvent>;
  /** `<container>-pebble-check-failed`. */ readonly pebbleCheckFailed: ScopedDecorator<E.PebbleCheckFailedEvent>;
  /** `<container>-pebble-check-recovered`. */ readonly pebbleCheckRecovered: ScopedDecorator<E.PebbleCheckRecoveredEvent>;
  /** An action by name, without a params class (see `action()`). */ readonly action: ScopedDecorator<E.ActionEvent>;
  /** Framework event after every hook: add the unit's candidate statuses. */ readonly collectUnitStatus: HandlerDecorator<E.CollectStatusEvent>;
  /** Framework event after every hook, on the leader: add the app's candidate statuses. */ readonly collectAppStatus: HandlerDecorator<E.CollectStatusEvent>;
}

function build(): OnDecorators {
  const table: Record<string, unknown> = {};
  for (const kind of EVENT_KINDS) {
    if (kind.scope === 'none' || kind.scope === 'framework') {
      table[kind.name] = handlerDecorator({ event: kind.name, decorator: `@on.${kind.name}` });
    } else {
      table[kind.name] = (scope: ScopeResolver) => {
        const decorator = `@on.${kind.name}(${scopeLabel(scope)})`;
        checkScope(decorator, scope);
        return handlerDecorator({ event: kind.name, scope, decorator });
      };
    }
  }
  return Object.freeze(table) as unknown as OnDecorators;
}

/** The event decorators, generated from the event table. See {@link OnDecorators}. */
export const on: OnDecorators = build();
