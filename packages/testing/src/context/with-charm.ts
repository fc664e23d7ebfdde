import { buildCharm, type CharmBase } from '@jujuts/ops/internal';
import { InMemoryBackend } from '../backend';
import { hookContext, MemoryStateStore } from '../engine';
import { appendJujuOutputs } from './context-outputs';
import { assertConsistent, type RunSetup } from './run-event';
import { RunPebbles } from './run-pebbles';
import { fakeJujuFor, fromRun, toJujuState } from './state-conversion';
import type { State } from './state-types';

// Not a Juju hook: the charm sees this name, and nothing is dispatched for it.
const COMPONENT_PATH = 'hooks/jujuts-component';

/** What `ctx.withCharm` resolves with: the State after `fn`, and what `fn` returned. */
export interface WithCharmResult<T> {
  readonly state: State;
  readonly result: T;
}

/**
 * Builds the charm against `state` as a hook would (fresh instance, stored
 * state applied, handlers validated) without emitting any event, calls
 * `fn` with it, then commits as a successful hook. If `fn` throws, nothing
 * is committed and the error propagates.
 */
export async function withCharm<C extends CharmBase<object>, T>(setup: RunSetup<C>, state: State, fn: (charm: C) => T | Promise<T>): Promise<WithCharmResult<T>> {
  assertConsistent(setup, undefined, state);
  const juju = fakeJujuFor(toJujuState(state, setup.meta, setup.unit));
  setup.logTo(juju);
  const store = new MemoryStateStore({ stored: state.storedState, deferred: state.deferred });
  const pebbles = new RunPebbles(state.containers);
  const backend = new InMemoryBackend(juju, { pebble: (name) => pebbles.client(name) });
  try {
    juju.beginHook();
    const { charm, framework } = buildCharm({
      charmClass: setup.charmClass,
      meta: setup.meta,
      context: hookContext(juju.view(), { path: COMPONENT_PATH }, setup.jujuVersion),
      backend,
      logger: setup.logger,
      persisted: store.load(),
    });
    let result: T;
    try {
      result = await fn(charm);
      store.save(framework.persistedState());
      juju.endHook(true);
    } catch (e) {
      juju.endHook(false);
      throw e;
    } finally {
      appendJujuOutputs(setup.outputs, juju.outputs);
      setup.outputs.execHistory.push(...pebbles.execHistory());
    }
    return { state: fromRun(state, juju.state, pebbles.collect(), store.current), result };
  } finally {
    pebbles.dispose();
  }
}
