import { createCharmLogger, type CharmBase, type CharmClass, type CharmMeta, type EventSnapshot, type Framework, type JsonValue, type Logger } from '@jujuts/ops/internal';
import type { FakeJuju } from '../juju';
import { observeFramework } from '../engine';
import { ContextActionFailed } from './action-failed';
import type { ContextEvent } from './context-event';
import type { ContextOptions } from './context-options';
import { emptyContextOutputs, type ContextOutputs, type EmittedEvent } from './context-outputs';
import { createEventFactories, type ContextEvents } from './event-factories';
import { deferred } from './event-spec';
import { resolveContextMeta } from './resolve-context-meta';
import { runEvent, type RunSetup } from './run-event';
import type { State } from './state-types';
import { withCharm, type WithCharmResult } from './with-charm';

/** What `ctx.runAction` resolves with. */
export interface ActionRun {
  readonly state: State;
  readonly results: Readonly<Record<string, JsonValue>>;
  readonly logs: readonly string[];
}

/**
 * Runs a charm's events against States, as Juju would on one unit, through
 * the production dispatch pipeline. Metadata is read once per Context;
 * every run builds a fresh charm instance. Outputs of the latest `run`
 * (or of a whole `runAll` chain) are on the Context.
 *
 * @example
 * ```ts
 * const ctx = new Context(WebCharm);
 * const out = await ctx.run(ctx.on.configChanged(), createState({ config: { port: 9000 } }));
 * expect(out).toHaveUnitStatus('active');
 * ```
 */
export class Context<C extends CharmBase<object> = CharmBase<object>> {
  /** The charm's metadata, parsed once. */
  readonly meta: CharmMeta;
  readonly appName: string;
  /** This unit, `<app>/<unitId>`. */
  readonly unitName: string;
  readonly jujuVersion: string;
  /** One factory per Juju event: `ctx.on.install()`, `ctx.on.relationChanged(rel)`, `ctx.on.action('backup', {…})`. */
  readonly on: ContextEvents = createEventFactories();
  private current: ContextOutputs = emptyContextOutputs();
  private readonly observed: CharmClass<C>;
  private readonly strict: boolean;
  private readonly logger: Logger;
  private logJuju: FakeJuju | undefined;

  constructor(
    readonly charmClass: CharmClass<C>,
    options: ContextOptions = {},
  ) {
    this.meta = resolveContextMeta(options, charmClass.name);
    this.appName = options.appName ?? this.meta.name;
    this.unitName = `${this.appName}/${options.unitId ?? 0}`;
    this.jujuVersion = options.jujuVersion ?? '3.6.1';
    this.strict = options.strict ?? false;
    this.observed = observeFramework(charmClass, (framework) => this.watch(framework));
    this.logger = createCharmLogger({ sink: (level, message) => this.logJuju?.log(level, message) });
  }

  /** Runs one event; resolves with the new State (the input is untouched). Outputs are reset first. */
  async run(event: ContextEvent, state: State): Promise<State> {
    this.current = emptyContextOutputs();
    return runEvent(this.setup(), event, state);
  }

  /**
   * Runs events one after the other, each on the State the previous one
   * returned; outputs cover the whole chain. A step may also be a function
   * of the State, for what Juju changes between events.
   *
   * @example
   * ```ts
   * const out = await ctx.runAll([ctx.on.install(), (s) => updateState(s, { leader: true }), ctx.on.leaderElected()], createState());
   * ```
   */
  async runAll(steps: readonly (ContextEvent | ((state: State) => State))[], state: State): Promise<State> {
    this.current = emptyContextOutputs();
    let next = state;
    for (const step of steps) next = typeof step === 'function' ? step(next) : await runEvent(this.setup(), step, next);
    return next;
  }

  /**
   * Runs action `name`; resolves with the State, results and log lines, or
   * rejects with {@link ContextActionFailed} when the action called `fail()`.
   */
  async runAction(name: string, params: Readonly<Record<string, JsonValue>>, state: State): Promise<ActionRun> {
    const after = await this.run(this.on.action(name, params), state);
    const output = { results: structuredClone(this.current.actionResults), logs: [...this.current.actionLogs] };
    if (this.current.actionFailure !== undefined) throw new ContextActionFailed(this.current.actionFailure, output, after);
    return { state: after, ...output };
  }

  /**
   * Component mode: builds the charm against `state` without firing an
   * event, hands it to `fn` (to call a method or a component directly),
   * then commits what it wrote. Resolves with the new State and `fn`'s result.
   */
  async withCharm<T>(state: State, fn: (charm: C) => T | Promise<T>): Promise<WithCharmResult<T>> {
    this.current = emptyContextOutputs();
    return withCharm(this.setup(), state, fn);
  }

  /** A deferred-queue entry for this Context's app (see the standalone `deferred`). */
  deferred(event: ContextEvent, handler: string, state?: State): ReturnType<typeof deferred> {
    return deferred(event, handler, state, this.appName);
  }

  /** Everything the latest run (or chain) produced. */
  get outputs(): ContextOutputs {
    return this.current;
  }
  get unitStatusHistory(): ContextOutputs['unitStatusHistory'] {
    return this.current.unitStatusHistory;
  }
  get appStatusHistory(): ContextOutputs['appStatusHistory'] {
    return this.current.appStatusHistory;
  }
  get jujuLog(): ContextOutputs['jujuLog'] {
    return this.current.jujuLog;
  }
  get emittedEvents(): readonly EmittedEvent[] {
    return this.current.emittedEvents;
  }
  get actionResults(): ContextOutputs['actionResults'] {
    return this.current.actionResults;
  }
  get actionLogs(): ContextOutputs['actionLogs'] {
    return this.current.actionLogs;
  }
  get actionFailure(): string | undefined {
    return this.current.actionFailure;
  }
  get execHistory(): ContextOutputs['execHistory'] {
    return this.current.execHistory;
  }
  get workloadVersionHistory(): ContextOutputs['workloadVersionHistory'] {
    return this.current.workloadVersionHistory;
  }
  get removedSecretRevisions(): ContextOutputs['removedSecretRevisions'] {
    return this.current.removedSecretRevisions;
  }
  get requestedStorage(): ContextOutputs['requestedStorage'] {
    return this.current.requestedStorage;
  }
  get warnings(): readonly string[] {
    return this.current.warnings;
  }

  private setup(): RunSetup<C> {
    return {
      charmClass: this.observed,
      meta: this.meta,
      unit: { appName: this.appName, unitName: this.unitName },
      jujuVersion: this.jujuVersion,
      strict: this.strict,
      outputs: this.current,
      logger: this.logger,
      logTo: (juju) => (this.logJuju = juju),
    };
  }

  /** Records every event the framework hands to handlers, including re-emitted deferred ones. */
  private watch(framework: Framework): void {
    const record = (event: { displayName: string; snapshot: EventSnapshot }, reemitted: boolean) =>
      this.current.emittedEvents.push({ name: event.displayName, kind: event.snapshot.kind, reemitted, snapshot: event.snapshot });
    const emit = framework.emit.bind(framework);
    framework.emit = async (event, handlers) => {
      record(event, false);
      return emit(event, handlers);
    };
    const reemit = framework.reemitDeferred.bind(framework);
    framework.reemitDeferred = async (build) =>
      reemit((snapshot) => {
        const event = build(snapshot);
        if (event) record(event, true);
        return event;
      });
  }
}
