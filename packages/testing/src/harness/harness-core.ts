import { StatusBase, type CloudSpec, type Model } from '@jujuts/ops';
import type { CharmBase, CharmClass, CharmMeta, ConfigValue, DeferredEntry, JsonValue } from '@jujuts/ops/internal';
import type { HookEventSpec } from '../engine';
import { createJujuState, type FakeJuju, type LogRecord } from '../juju';
import type { ActionOutput } from './action-failed';
import { cloudSpecOutput } from './cloud-spec-output';
import { applyConfig, checkConfigValues, checkDeclared } from './check-config';
import { collectStatuses } from './evaluate-status';
import { HarnessError } from './harness-error';
import type { HarnessOptions } from './harness-options';
import { HarnessRuntime } from './harness-runtime';
import { resolveHarnessMeta } from './resolve-harness-meta';
import { runAction } from './run-action';

/**
 * The unit's own lifecycle in a Harness: starting the charm, config,
 * leadership, actions, status and what the charm logged. {@link Harness}
 * adds relations, containers, storage, secrets and networks.
 */
export class HarnessCore<C extends CharmBase<object>> {
  /** @internal */
  protected readonly runtime: HarnessRuntime<C>;
  private actionCount = 0;

  constructor(charmClass: CharmClass<C>, options: HarnessOptions = {}) {
    const meta = resolveHarnessMeta(options);
    if (options.config) checkConfigValues(meta, options.config, 'new Harness(…, { config })');
    const state = createJujuState({ unitName: options.unitName, leader: options.leader, model: options.model }, meta);
    Object.assign(state.config, options.config);
    this.runtime = new HarnessRuntime(charmClass, meta, state, options.jujuVersion ?? '3.6.1', options.freshCharmPerEvent ?? true);
  }

  /** The charm's metadata. */
  get meta(): CharmMeta {
    return this.runtime.meta;
  }

  /** The fake Juju underneath: its `state` and `outputs` (status history, commands run, …). */
  get juju(): FakeJuju {
    return this.runtime.juju;
  }

  /** The charm instance that handled the last event (or that `begin()` built). */
  get charm(): C {
    const charm = this.runtime.charm;
    if (!charm) throw new HarnessError('harness.charm: the charm has not started; call harness.begin() or harness.beginWithInitialHooks() first');
    return charm;
  }

  /** The model as the unit sees it now; writes through it apply as a hook's would. */
  get model(): Model {
    return this.runtime.model();
  }

  /**
   * Builds the charm, checking its handlers against the metadata exactly as
   * production does at start-up. No event is emitted; from now on state
   * changes emit the events Juju would.
   */
  begin(): void {
    if (this.runtime.begun) throw new HarnessError('harness.begin(): the charm has already started');
    this.runtime.build();
    this.runtime.begun = true;
  }

  /** Stops state changes from emitting events, until `enableHooks()`. */
  disableHooks(): void {
    this.runtime.hooksEnabled = false;
  }

  /** Lets state changes emit events again. */
  enableHooks(): void {
    this.runtime.hooksEnabled = true;
  }

  /** Dispatches one event now: a hook name (`'update-status'`) or a full spec. */
  async emit(event: string | HookEventSpec): Promise<void> {
    await this.runtime.run(typeof event === 'string' ? { path: `hooks/${event}` } : event);
  }

  /** Sets options (and resets `unset` ones to their defaults), then emits config-changed. */
  async updateConfig(values: Readonly<Record<string, ConfigValue>> = {}, unset: readonly string[] = []): Promise<void> {
    checkConfigValues(this.meta, values, 'updateConfig');
    for (const name of unset) checkDeclared(this.meta, name, 'updateConfig');
    this.runtime.change((s) => applyConfig(this.meta, s.config, values, unset));
    await this.runtime.emit({ path: 'hooks/config-changed' });
  }

  /** Sets leadership; becoming leader emits leader-elected (losing it emits nothing, as in Juju). */
  async setLeader(leader = true): Promise<void> {
    const was = this.runtime.state().leader;
    this.runtime.change((s) => (s.leader = leader));
    if (leader && !was) await this.runtime.emit({ path: 'hooks/leader-elected' });
  }

  /** How many units `goal-state` says the application should have. */
  setPlannedUnits(count: number): void {
    if (!Number.isInteger(count) || count < 0) throw new HarnessError(`setPlannedUnits(${count}): the count must be a whole number`);
    this.runtime.change((s) => (s.plannedUnits = count));
  }

  /** Trusts the application (`juju trust`) and sets the cloud spec `getCloudSpec()` returns. */
  setCloudSpec(spec: CloudSpec): void {
    const output = cloudSpecOutput(spec);
    this.runtime.change((s) => (s.credential = output));
  }

  /** Runs an action; resolves with its results and logs, rejects with ActionFailed if it failed. */
  async runAction(name: string, params: Readonly<Record<string, JsonValue>> = {}): Promise<ActionOutput> {
    return runAction(this.runtime, name, params, String(++this.actionCount));
  }

  /** Runs collect-status now (on a fresh charm instance unless `freshCharmPerEvent` is false) and sets the statuses it picks. */
  async evaluateStatus(): Promise<void> {
    if (!this.runtime.begun) throw new HarnessError('harness.evaluateStatus(): the charm has not started; call harness.begin() first');
    const { framework } = this.runtime.build();
    this.juju.beginHook();
    try {
      await collectStatuses(framework);
    } finally {
      this.juju.endHook(true);
    }
  }

  /** The unit's status. */
  get unitStatus(): StatusBase {
    const { status, message } = this.runtime.state().unitStatus;
    return StatusBase.fromName(status, message);
  }

  /** The application's status. */
  get appStatus(): StatusBase {
    const { status, message } = this.runtime.state().appStatus;
    return StatusBase.fromName(status, message);
  }

  /** The workload version the charm last set. */
  getWorkloadVersion(): string {
    return this.runtime.state().workloadVersion;
  }

  /** Every juju-log line so far. */
  get logs(): readonly LogRecord[] {
    return this.juju.outputs.logs.map((l) => ({ ...l }));
  }

  /** Stored state as the last successful hook saved it, by `Owner.property`. */
  get storedState(): Readonly<Record<string, unknown>> {
    return structuredClone(this.runtime.store.current.stored);
  }

  /** The deferred events waiting for the next dispatch, oldest first. */
  get deferred(): readonly DeferredEntry[] {
    return structuredClone(this.runtime.store.current.deferred);
  }

  /** Deletes the containers' temporary file trees; call it in `afterEach`. */
  cleanup(): void {
    this.runtime.containers.dispose();
  }
}
