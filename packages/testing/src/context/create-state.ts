import { createJujuState, type JujuStateInput } from '../juju';
import { completeContainer, type ContainerInput } from './container-builder';
import { deepFreeze, thaw } from './deep-freeze';
import type { State, StateData } from './state-types';

/** What {@link createState} accepts: any part of a State; the rest gets Juju's defaults. */
export type StateInput = Omit<JujuStateInput, 'unitName' | 'actionParams'> & {
  containers?: readonly ContainerInput[];
  storedState?: StateData['storedState'];
  deferred?: StateData['deferred'];
};

/**
 * A complete, deep-frozen {@link State} from the parts a test cares about:
 * not leader, no relations, statuses unknown, one planned unit, a
 * Kubernetes model `test-model`. Config defaults and default networks come
 * from the charm's metadata when the Context runs.
 *
 * @example
 * ```ts
 * const state = createState({ leader: true, config: { port: 9000 }, relations: [relation('db')] });
 * ```
 */
export function createState(input: StateInput = {}): State {
  // Copied first, so freezing the State never freezes the caller's own objects.
  const { containers, storedState, deferred, ...juju } = thaw(input);
  const { unitName: _unit, ...base } = createJujuState({ ...juju, unitName: 'app/0' } as JujuStateInput);
  const data: StateData = {
    ...base,
    // Default networks come from the metadata at run time; only the test's own are kept here.
    networks: juju.networks ?? {},
    containers: (containers ?? []).map((c) => completeContainer(c)),
    storedState: storedState ?? {},
    deferred: (deferred ?? []) as StateData['deferred'],
  };
  return deepFreeze(data);
}
