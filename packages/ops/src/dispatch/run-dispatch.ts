import type { ModelBackend } from '../backend/model-backend';
import type { CharmBase } from '../charm/charm-base';
import { loadTypedConfig } from '../charm/typed-config';
import type { JujuContext } from '../context/juju-context';
import { evaluateStatus } from '../framework/collect-status';
import { createHookEvent } from '../framework/event-factory';
import { ActionEvent } from '../framework/events/action-event';
import type { Framework } from '../framework/framework';
import { resolveEvent, type ResolvedEvent } from '../framework/resolve-event';
import type { UnitStateStore } from '../framework/state-store';
import type { Logger } from '../log';
import type { CharmMeta } from '../meta/charm-meta';
import { readCharmOptions } from '../metadata';
import { BlockedStatus } from '../model';
import { InvalidActionParamsError, InvalidConfigError } from '../errors';
import { configStatusMessage, loadActionParams } from '../typed';
import { buildCharm, type BuiltCharm } from './build-charm';
import type { CharmClass } from './charm-class';

/** Everything one dispatch needs; the testing package passes an in-memory backend. */
export interface DispatchInput<C extends CharmBase<object> = CharmBase<object>> {
  readonly charmClass: CharmClass<C>;
  readonly context: JujuContext;
  readonly meta: CharmMeta;
  readonly backend: ModelBackend;
  readonly logger: Logger;
  readonly store: UnitStateStore;
  /** A charm from an earlier dispatch to run this one on, instead of a new instance (see `CharmBuildInput.reuse`). */
  readonly reuse?: BuiltCharm<C> | undefined;
}

/** What a dispatch did. */
export interface DispatchOutcome<C extends CharmBase<object> = CharmBase<object>> {
  /** The hook's event name, e.g. `db-relation-joined`, or undefined for an unknown hook. */
  readonly event: string | undefined;
  /** Number of handlers that ran for the event itself (not deferred ones or collect-status). */
  readonly handlersRun: number;
  /** Set when invalid config blocked the unit: the status message. */
  readonly blockedByConfig?: string | undefined;
  /** Set when invalid action params failed the action: the failure message. */
  readonly actionParamsError?: string | undefined;
  readonly charm: C;
  readonly framework: Framework;
}

/**
 * The dispatch pipeline: build the charm, validate config, re-emit deferred
 * events, emit this hook's event, collect status, then commit (stored
 * state, the defer queue, batched writes). A handler that throws stops the
 * pipeline before the commit, so a failed hook changes nothing.
 */
export async function runDispatch<C extends CharmBase<object>>(input: DispatchInput<C>): Promise<DispatchOutcome<C>> {
  const persisted = input.store.load();
  // Fields are listed, not spread: an object spread here cost ~1.5 µs a hook (a slow path in V8 for these shapes).
  const { charm, framework } = buildCharm({
    charmClass: input.charmClass,
    context: input.context,
    meta: input.meta,
    backend: input.backend,
    logger: input.logger,
    persisted,
    reuse: input.reuse,
  });
  const resolved = resolveEvent(input.context, input.meta);
  const handlers = resolved ? framework.handlersFor(resolved.kind.name, resolved.snapshot.scope) : [];
  const event = resolved ? displayName(resolved) : undefined;

  // Config is checked whenever charm code will run (collect-status handlers
  // read config too), so no handler ever sees an invalid config.
  const willRun = handlers.length > 0 || framework.deferredCount > 0 || hasCollectStatus(framework);
  const blocked = checkConfig(charm, framework, willRun);
  if (blocked !== undefined) {
    // Juju would otherwise report an action that did nothing as a success.
    if (resolved?.kind.scope === 'action' && handlers.length > 0) input.backend.actionFail(blocked);
    commit(input, framework);
    return { event, charm, framework, handlersRun: 0, blockedByConfig: blocked };
  }

  // Most hooks have nothing deferred: no call (and no await, a promise and a microtask turn) then.
  if (framework.deferredCount > 0) await framework.reemitDeferred((snapshot) => createHookEvent(snapshot, framework.model));
  let actionParamsError: string | undefined;
  if (resolved && handlers.length > 0) {
    if (resolved.kind.scope === 'action') {
      const event = buildActionEvent(resolved, handlers[0]?.record.params, input.context, input.backend);
      if (typeof event === 'string') actionParamsError = event;
      else await framework.emit(event, handlers);
    } else {
      await framework.emit(createHookEvent(resolved.snapshot, framework.model), handlers);
    }
  }
  await evaluateStatus(framework);
  commit(input, framework);
  return { event, charm, framework, handlersRun: actionParamsError ? 0 : handlers.length, actionParamsError };
}

function hasCollectStatus(framework: Framework): boolean {
  return framework.handlersFor('collectUnitStatus', undefined).length > 0 || framework.handlersFor('collectAppStatus', undefined).length > 0;
}

function displayName(resolved: ResolvedEvent): string {
  return resolved.snapshot.scope ? `${resolved.snapshot.scope}-${resolved.kind.hook}` : resolved.kind.hook;
}

/** Validates typed config before any handler runs; returns the Blocked message if invalid. */
function checkConfig(charm: CharmBase<object>, framework: Framework, needed: boolean): string | undefined {
  const cls = readCharmOptions(charm.constructor).config;
  if (!cls || !needed) return undefined;
  try {
    loadTypedConfig(framework, cls);
    return undefined;
  } catch (e) {
    if (!(e instanceof InvalidConfigError)) throw e;
    const message = configStatusMessage(e);
    framework.logger.error(`invalid config, no handler ran: ${e.message}`);
    framework.model.unit.status = new BlockedStatus(message);
    return message;
  }
}

function buildActionEvent(
  resolved: ResolvedEvent,
  paramsClass: (new () => object) | undefined,
  context: JujuContext,
  backend: ModelBackend,
): ActionEvent<object> | string {
  const raw = backend.actionGet();
  let params: object = raw;
  if (paramsClass) {
    try {
      params = loadActionParams(paramsClass, raw);
    } catch (e) {
      if (!(e instanceof InvalidActionParamsError)) throw e;
      backend.actionFail(e.message);
      return e.message;
    }
  }
  const name = resolved.snapshot.scope ?? context.eventName;
  return new ActionEvent(resolved.snapshot, resolved.kind, { id: context.actionUuid ?? '', name, params, backend });
}

function commit(input: DispatchInput<CharmBase<object>>, framework: Framework): void {
  // Serialise first: unsaveable stored state must fail the hook before anything is flushed.
  const state = framework.persistedState();
  input.backend.commit();
  input.store.save(state);
}
