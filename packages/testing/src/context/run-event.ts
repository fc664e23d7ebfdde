import type { CharmBase, CharmClass, CharmMeta, Logger } from '@jujuts/ops/internal';
import { latestSecretRevision, type FakeJuju } from '../juju';
import { hookContext, MemoryStateStore, runHook } from '../engine';
import { withActionDefaults } from '../engine/action-param-rules';
import { checkEvent } from './check-event';
import { checkState } from './check-state';
import { InconsistentStateError, UncaughtCharmError } from './context-errors';
import { describeEvent, type ContextEvent } from './context-event';
import { appendJujuOutputs, type ContextOutputs } from './context-outputs';
import { toHookEventSpec } from './event-spec';
import { RunPebbles } from './run-pebbles';
import { fakeJujuFor, fromRun, toJujuState, type UnitIdentity } from './state-conversion';
import type { State } from './state-types';

/** What one run needs from its Context. */
export interface RunSetup<C extends CharmBase<object>> {
  readonly charmClass: CharmClass<C>;
  readonly meta: CharmMeta;
  readonly unit: UnitIdentity;
  readonly jujuVersion: string;
  readonly strict: boolean;
  /** Where this run's outputs are added. */
  readonly outputs: ContextOutputs;
  /** The Context's one logger (making one per run is the costliest step of a small run). */
  readonly logger: Logger;
  /** Points the logger at this run's fake Juju. */
  readonly logTo: (juju: FakeJuju) => void;
}

/** Fails with every problem the State and the event have, each with its fix; records warnings. */
export function assertConsistent(setup: RunSetup<CharmBase<object>>, event: ContextEvent | undefined, state: State): void {
  const errors = checkState(state, setup.meta, setup.unit);
  const found = event ? checkEvent(event, state, setup.meta) : { errors: [], warnings: [] };
  errors.push(...found.errors);
  if (setup.strict) errors.push(...found.warnings);
  else setup.outputs.warnings.push(...found.warnings);
  if (errors.length > 0) throw new InconsistentStateError(event ? describeEvent(event) : 'component', errors);
}

/**
 * Runs `event` against `state` through the production dispatch pipeline,
 * on a fresh fake Juju, state store, Pebbles and charm instance. Resolves
 * with the new State; rejects with {@link UncaughtCharmError} (nothing
 * committed) if a handler raised.
 */
export async function runEvent<C extends CharmBase<object>>(setup: RunSetup<C>, event: ContextEvent, state: State): Promise<State> {
  assertConsistent(setup, event, state);
  const spec = toHookEventSpec(event, state, setup.unit.appName);
  const jujuState = toJujuState(state, setup.meta, setup.unit);
  if (event.action) jujuState.actionParams = withActionDefaults(setup.meta.actions[event.action.name], event.action.params);
  const juju = fakeJujuFor(jujuState);
  setup.logTo(juju);
  const store = new MemoryStateStore({ stored: state.storedState, deferred: state.deferred });
  const pebbles = new RunPebbles(state.containers);
  try {
    const context = hookContext(juju.view(), spec, setup.jujuVersion);
    const result = await runHook({ charmClass: setup.charmClass, meta: setup.meta, juju, context, store, logger: setup.logger, pebble: (name) => pebbles.client(name) });
    appendJujuOutputs(setup.outputs, juju.outputs);
    setup.outputs.execHistory.push(...pebbles.execHistory());
    if (!result.ok) throw new UncaughtCharmError(event, result.error, connectionHint(result.error, pebbles, state));
    if (event.kind === 'secretRotate' && spec.secretId !== undefined) juju.secrets.rotated(spec.secretId, latestSecretRevision(state.secrets, spec.secretId));
    return fromRun(state, juju.state, pebbles.collect(), store.current);
  } finally {
    pebbles.dispose();
  }
}

/** The newest revision a secret had before the run: Juju compares it with the one after a rotation. */
/** Why Pebble could not be reached, in the test's terms, when a ConnectionError ended the hook. */
function connectionHint(error: Error, pebbles: RunPebbles, state: State): string | undefined {
  if (error.name !== 'ConnectionError') return undefined;
  const hints = pebbles.unreachable().map((name) =>
    state.containers.some((c) => c.name === name)
      ? `container "${name}" has canConnect: false in the State`
      : `container "${name}" is not in the State, so Pebble cannot be reached; add container('${name}') to the State's containers`,
  );
  return hints.length > 0 ? hints.join('; ') : undefined;
}
