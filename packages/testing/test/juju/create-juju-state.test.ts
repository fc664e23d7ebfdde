import type { CharmMeta } from '@jujuts/ops/internal';
import { createJujuState, DEFAULT_MODEL_UUID } from '../../src/juju';

function meta(overrides: Partial<CharmMeta> = {}): CharmMeta {
  return {
    name: 'web',
    subordinate: false,
    assumes: [],
    relations: {
      db: { name: 'db', role: 'requires', interface: 'postgresql_client', scope: 'global', optional: false },
      cluster: { name: 'cluster', role: 'peers', interface: 'web_peers', scope: 'global', optional: false },
    },
    containers: {},
    storages: {
      data: {
        name: 'data',
        type: 'filesystem',
        location: '/srv/data',
        shared: false,
        readOnly: false,
        properties: [],
      },
    },
    resources: {},
    extraBindings: ['metrics'],
    config: {
      port: { name: 'port', type: 'int', default: 8080 },
      name: { name: 'name', type: 'string' },
    },
    actions: {},
    ...overrides,
  };
}

describe('createJujuState', () => {
  it('fills every field with a sensible default', () => {
    const state = createJujuState();
    expect(state).toMatchObject({
      model: { name: 'test-model', uuid: DEFAULT_MODEL_UUID, type: 'kubernetes' },
      unitName: 'app/0',
      leader: false,
      unitStatus: { status: 'unknown', message: '' },
      plannedUnits: 1,
    });
    expect(state.actionParams).toBeUndefined();
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });

  describe('given charm metadata', () => {
    it('applies config defaults under the given values and names the unit after the charm', () => {
      const state = createJujuState({ config: { name: 'x' } }, meta());
      expect(state.unitName).toBe('web/0');
      expect(state.config).toEqual({ port: 8080, name: 'x' });
    });

    it('takes interface and peer flag from the endpoint, and gives peers no remote app of their own', () => {
      const state = createJujuState({ relations: [{ endpoint: 'db' }, { endpoint: 'cluster' }] }, meta());
      expect(state.relations[0]).toMatchObject({
        id: 0,
        interface: 'postgresql_client',
        peer: false,
        remoteApp: 'remote',
        remoteUnits: { 'remote/0': {} },
      });
      expect(state.relations[1]).toMatchObject({ id: 1, peer: true, remoteApp: 'web', remoteUnits: {} });
      expect(state.relations[0]?.localUnitData).toHaveProperty('ingress-address');
    });

    it('refuses an endpoint the charm does not declare, naming the declared ones', () => {
      expect(() => createJujuState({ relations: [{ endpoint: 'cache' }] }, meta())).toThrow(
        /declares no endpoint "cache" \(declared: db, cluster\)/,
      );
    });

    it('gives every binding a default network and storages their declared location', () => {
      const state = createJujuState({ storages: [{ name: 'data' }, { name: 'data' }] }, meta());
      expect(Object.keys(state.networks).sort()).toEqual(['cluster', 'db', 'metrics']);
      expect(state.storages).toEqual([
        { name: 'data', index: 0, location: '/srv/data', kind: 'filesystem' },
        { name: 'data', index: 1, location: '/srv/data', kind: 'filesystem' },
      ]);
    });
  });

  it('refuses a unit name Juju would not give', () => {
    expect(() => createJujuState({ unitName: 'web' })).toThrow(
      /unitName "web" is not a Juju unit name: use <application>\/<number>/,
    );
  });

  it('gives relations ids after the highest one given', () => {
    const state = createJujuState({ relations: [{ endpoint: 'a', id: 5 }, { endpoint: 'b' }] });
    expect(state.relations.map((r) => r.id)).toEqual([5, 6]);
  });

  it("keeps a relation's own network beside the binding's default", () => {
    const own = { bindAddresses: [], ingressAddresses: ['10.9.0.1'], egressSubnets: ['10.9.0.0/24'] };
    const state = createJujuState({ relations: [{ endpoint: 'db', network: own }, { endpoint: 'db' }] }, meta());
    expect(state.relations[0]?.network).toEqual(own);
    expect(state.relations[1]).not.toHaveProperty('network');
    expect(state.networks['db']?.ingressAddresses).toEqual(['192.0.2.0']);
  });

  it('turns secret content into revision 1, tracked', () => {
    const state = createJujuState({ secrets: [{ id: 'secret:x', content: { a: 'bcd' } }] });
    expect(state.secrets[0]).toEqual({
      id: 'secret:x',
      revisions: [{ revision: 1, content: { a: 'bcd' } }],
      trackedRevision: 1,
      grants: {},
    });
  });

  it('gives a rotating secret its next rotation time, one interval from now, as Juju does', () => {
    const before = Date.now();
    const state = createJujuState({ secrets: [{ id: 'secret:x', content: { a: 'b' }, rotate: 'daily' }, { id: 'secret:y', content: { a: 'b' }, rotate: 'never' }] });
    const rotates = Date.parse(state.secrets[0]?.rotates ?? '');
    expect(rotates).toBeGreaterThanOrEqual(before + 86_400_000);
    expect(rotates).toBeLessThanOrEqual(Date.now() + 86_400_000);
    expect(state.secrets[1]).not.toHaveProperty('rotates');
  });

  it('keeps a given rotation time', () => {
    const state = createJujuState({ secrets: [{ id: 'secret:x', content: { a: 'b' }, rotate: 'daily', rotates: '2026-01-01T00:00:00.000Z' }] });
    expect(state.secrets[0]?.rotates).toBe('2026-01-01T00:00:00.000Z');
  });
});
