import { InMemoryBackend } from '../../src/backend';
import { createJujuState, FakeJuju, type JujuStateInput, type RelationInput } from '../../src/juju';

/** A fake Juju for unit `app/0` and a backend over it. */
export function unitWith(input: JujuStateInput = {}): { juju: FakeJuju; backend: InMemoryBackend } {
  const juju = new FakeJuju(createJujuState({ unitName: 'app/0', ...input }));
  return { juju, backend: new InMemoryBackend(juju) };
}

/** A regular relation `db:3` to `pg` with one unit, every bag holding one key. */
export function dbRelation(overrides: Partial<RelationInput> = {}): RelationInput {
  return {
    endpoint: 'db',
    id: 3,
    remoteApp: 'pg',
    remoteUnits: { 'pg/0': { host: 'pg-0' } },
    localUnitData: { mine: 'unit' },
    localAppData: { ours: 'app' },
    remoteAppData: { theirs: 'app' },
    ...overrides,
  };
}

/** A peer relation `cluster:1` with one other unit of our app. */
export function peerRelation(overrides: Partial<RelationInput> = {}): RelationInput {
  return {
    endpoint: 'cluster',
    id: 1,
    peer: true,
    remoteApp: 'app',
    remoteUnits: { 'app/1': { peer: 'one' } },
    localUnitData: { mine: 'unit' },
    localAppData: { ours: 'app' },
    ...overrides,
  };
}
