import type * as E from '../framework';
import type { ScopeResolver } from '../framework/handler-record';
import { checkScope, handlerDecorator, scopeLabel, type HandlerDecorator } from './handler-decorator';

/** Decorators for one workload container's events. */
export interface ContainerHandle {
  /** The container name. */
  readonly name: ScopeResolver;
  /** `<container>-pebble-ready`. */ readonly pebbleReady: HandlerDecorator<E.PebbleReadyEvent>;
  /** `<container>-pebble-custom-notice`. */ readonly pebbleCustomNotice: HandlerDecorator<E.PebbleCustomNoticeEvent>;
  /** `<container>-pebble-check-failed`. */ readonly pebbleCheckFailed: HandlerDecorator<E.PebbleCheckFailedEvent>;
  /** `<container>-pebble-check-recovered`. */ readonly pebbleCheckRecovered: HandlerDecorator<E.PebbleCheckRecoveredEvent>;
}

const EVENTS = ['pebbleReady', 'pebbleCustomNotice', 'pebbleCheckFailed', 'pebbleCheckRecovered'] as const;

/**
 * A workload container handle.
 *
 * @example
 * ```ts
 * const web = container('web');
 * class MyCharm extends CharmBase {
 *   @web.pebbleReady
 *   async onReady(e: PebbleReadyEvent) { await e.workload.replan(); }
 * }
 * ```
 */
export function container(name: ScopeResolver): ContainerHandle {
  checkScope(`container(${scopeLabel(name)})`, name);
  const handle: Record<string, unknown> = { name };
  for (const event of EVENTS) {
    handle[event] = handlerDecorator({ event, scope: name, decorator: `@container(${scopeLabel(name)}).${event}` });
  }
  return Object.freeze(handle) as unknown as ContainerHandle;
}
