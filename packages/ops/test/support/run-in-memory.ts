import {
  createJujuState,
  FakeJuju,
  hookContext,
  MemoryStateStore,
  runHook,
  type HookEventSpec,
  type JujuStateInput,
  type RunHookResult,
} from '@jujuts/testing';
import type { CharmBase } from '../../src/charm/charm-base';
import type { CharmClass } from '../../src/dispatch/charm-class';
import type { CharmMeta } from '../../src/meta/charm-meta';

/**
 * A unit that lives across several dispatches, for tests of the pipeline:
 * one fake Juju and one state store, a fresh charm instance per hook.
 */
export class TestUnit<C extends CharmBase<object>> {
  readonly juju: FakeJuju;
  readonly store = new MemoryStateStore();

  constructor(
    readonly charmClass: CharmClass<C>,
    readonly meta: CharmMeta,
    state: JujuStateInput = {},
  ) {
    this.juju = new FakeJuju(createJujuState(state, meta));
  }

  /** Dispatches one event (`hooks/install`, or a full spec). */
  async dispatch(event: string | HookEventSpec): Promise<RunHookResult<C>> {
    const spec = typeof event === 'string' ? { path: event } : event;
    if (spec.params) {
      const params = spec.params as Record<string, never>;
      this.juju.applyNow((s) => {
        s.actionParams = params;
      });
    }
    const context = hookContext(this.juju.view(), spec);
    return runHook({ charmClass: this.charmClass, meta: this.meta, juju: this.juju, context, store: this.store });
  }

  /** Dispatches and fails the test if the hook failed. */
  async ok(event: string | HookEventSpec): Promise<C> {
    const result = await this.dispatch(event);
    if (!result.ok) throw result.error;
    return result.outcome.charm;
  }

  /** Every juju-log line so far, as `LEVEL message`. */
  get logs(): string[] {
    return this.juju.outputs.logs.map((l) => `${l.level} ${l.message}`);
  }
}
