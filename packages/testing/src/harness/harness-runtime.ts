import { Model } from '@jujuts/ops';
import {
  buildCharm,
  createCharmLogger,
  type BuiltCharm,
  type CharmBase,
  type CharmClass,
  type CharmMeta,
  type Logger,
} from '@jujuts/ops/internal';
import { InMemoryBackend } from '../backend';
import { hookContext, MemoryStateStore, runHook, type HookEventSpec } from '../engine';
import { FakeJuju, type JujuState } from '../juju';
import { ContainerRegistry } from './container-registry';
import { HarnessError } from './harness-error';

// Not a Juju hook: charms built between events see this name, and nothing is dispatched for it.
const BETWEEN_HOOKS = 'hooks/harness';

/**
 * The unit a Harness drives: one fake Juju, one stored-state store and the
 * containers' Pebbles, with each event run through the production pipeline
 * on a fresh charm instance (or on one reused instance, when asked).
 * Per-event work does not grow with the number of relations' units:
 * nothing here copies the whole state.
 */
export class HarnessRuntime<C extends CharmBase<object>> {
  readonly juju: FakeJuju;
  readonly store = new MemoryStateStore();
  readonly containers: ContainerRegistry;
  /** Set by `begin()`: from then on state changes emit events. */
  begun = false;
  /** Cleared by `disableHooks()`: state changes then emit nothing. */
  hooksEnabled = true;
  private current: BuiltCharm<C> | undefined;
  private modelView: Model | undefined;
  // One logger for every hook: its lines go to the same fake juju-log, and making one per hook is the costliest step.
  private readonly logger: Logger;

  constructor(
    readonly charmClass: CharmClass<C>,
    readonly meta: CharmMeta,
    state: JujuState,
    readonly jujuVersion: string,
    readonly freshCharmPerEvent = true,
  ) {
    this.juju = new FakeJuju(state);
    this.containers = new ContainerRegistry(meta);
    this.logger = createCharmLogger({ sink: (level, message) => this.juju.log(level, message) });
  }

  /** The charm instance of the last event (or of `begin()`), if any. */
  get charm(): C | undefined {
    return this.current?.charm;
  }

  /**
   * Applies a change Juju makes on its own (a unit joins, config is set) to
   * the committed state. Writes a test made through `harness.model` or the
   * last charm outside any hook are committed first.
   */
  change(edit: (state: JujuState) => void): void {
    this.settle();
    this.juju.applyNow(edit);
    this.modelView = undefined;
  }

  /** The committed state, after committing writes made outside hooks. */
  state(): JujuState {
    this.settle();
    return this.juju.state;
  }

  /** Runs `event` if the harness has begun and hooks are enabled; a failing hook rejects with its error. */
  async emit(event: HookEventSpec): Promise<void> {
    if (this.begun && this.hooksEnabled) await this.run(event);
  }

  /** Runs `event` now through the dispatch pipeline (after `begin()`); a failing hook rejects with its error. */
  async run(event: HookEventSpec): Promise<void> {
    if (!this.begun) {
      throw new HarnessError(`${event.path}: the charm has not started; call harness.begin() or harness.beginWithInitialHooks() first`);
    }
    this.settle();
    const context = hookContext(this.juju.view(), event, this.jujuVersion);
    const result = await runHook({
      charmClass: this.charmClass,
      meta: this.meta,
      juju: this.juju,
      context,
      store: this.store,
      pebble: (name) => this.containers.client(name),
      logger: this.logger,
      reuse: this.reusable(),
    });
    this.modelView = undefined;
    if (!result.ok) throw result.error;
    this.current = result.outcome;
  }

  /** Builds a charm with start-up validation, as a hook would, without dispatching anything. */
  build(): BuiltCharm<C> {
    this.settle();
    const built = buildCharm({
      charmClass: this.charmClass,
      meta: this.meta,
      context: hookContext(this.juju.view(), { path: BETWEEN_HOOKS }, this.jujuVersion),
      backend: this.backend(),
      logger: this.logger,
      persisted: this.store.load(),
      reuse: this.reusable(),
    });
    if (!this.freshCharmPerEvent && !this.current) {
      // Commit the initial @stored() values: each hook re-applies only
      // committed values to a reused instance, so without this a hook that
      // fails before the first commit would leave its changes in place.
      this.store.save(built.framework.persistedState());
    }
    this.current = built;
    this.modelView = undefined;
    return built;
  }

  /** A Model over the current state, rebuilt whenever the state may have changed. */
  model(): Model {
    this.settle();
    this.modelView ??= new Model(this.backend(), this.meta, hookContext(this.juju.view(), { path: BETWEEN_HOOKS }, this.jujuVersion));
    return this.modelView;
  }

  private reusable(): BuiltCharm<C> | undefined {
    return this.freshCharmPerEvent ? undefined : this.current;
  }

  private backend(): InMemoryBackend {
    return new InMemoryBackend(this.juju, { pebble: (name) => this.containers.client(name) });
  }

  private settle(): void {
    // Outside a hook nothing else would commit writes made through harness.model or harness.charm.
    this.juju.endHook(true);
  }
}
