import type { CharmMeta, JsonValue, PersistedState } from '@jujuts/ops/internal';
import { defaultNetwork, FakeJuju, type JujuState } from '../juju';
import { deepFreeze } from './deep-freeze';
import type { ContainerState, State, StateData } from './state-types';

/** Who the Context runs as. */
export interface UnitIdentity {
  readonly appName: string;
  readonly unitName: string;
}

/**
 * The fake Juju's view of a State for one run: config defaults and default
 * networks from the metadata, peer relations pointing at our own app.
 * Shares the State's (frozen) parts: the fake copies what it is given.
 */
export function toJujuState(state: State, meta: CharmMeta, unit: UnitIdentity): JujuState {
  const { containers: _c, storedState: _s, deferred: _d, ...juju } = state;
  const config: JujuState['config'] = {};
  for (const option of Object.values(meta.config)) if (option.default !== undefined) config[option.name] = option.default;
  const networks: JujuState['networks'] = {};
  for (const binding of [...Object.keys(meta.relations), ...meta.extraBindings]) networks[binding] = defaultNetwork();
  const relations = state.relations.map((r) => ({
    ...r,
    remoteApp: r.remoteApp || unit.appName,
    interface: r.interface === r.endpoint ? (meta.relations[r.endpoint]?.interface ?? r.interface) : r.interface,
    remoteModelUuid: r.remoteModelUuid || state.model.uuid,
  }));
  return { ...(juju as unknown as JujuState), unitName: unit.unitName, config: { ...config, ...state.config }, networks: { ...networks, ...state.networks }, relations } as JujuState;
}

/** The State after a successful run: Juju's committed state, the containers and what the charm persisted. */
export function fromRun(before: State, after: JujuState, containers: ContainerState[], persisted: PersistedState): State {
  const { unitName: _u, actionParams: _a, ...juju } = after;
  // Hooks cannot write remote bags: share the input's frozen ones instead of freezing 10,000 copies.
  const remote = new Map(before.relations.map((r) => [r.id, r]));
  const relations = juju.relations.map((r) => {
    const was = remote.get(r.id);
    return was ? { ...r, remoteUnits: was.remoteUnits as Record<string, Record<string, string>>, remoteAppData: was.remoteAppData as Record<string, string> } : r;
  });
  const data: StateData = {
    ...juju,
    relations,
    // The charm cannot change these; keep them as the test wrote them.
    config: before.config as StateData['config'],
    networks: before.networks as StateData['networks'],
    containers,
    storedState: persisted.stored as Record<string, JsonValue>,
    deferred: [...persisted.deferred],
  };
  return deepFreeze(data);
}

/**
 * A fake Juju over `state` that shares the State's frozen remote bags
 * instead of copying them: hooks never write remote bags, and copying
 * 10,000 of them per run would dominate a relation-changed test. The rest
 * is copied as usual.
 */
export function fakeJujuFor(state: JujuState): FakeJuju {
  const juju = new FakeJuju({ ...state, relations: [] });
  const relations = state.relations.map(({ remoteUnits, remoteAppData, ...own }) => ({ ...structuredClone(own), remoteUnits, remoteAppData }));
  juju.applyNow((s) => {
    s.relations = relations;
  });
  return juju;
}
