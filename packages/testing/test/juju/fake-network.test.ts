import { RelationNotFoundError, type NetworkInfo } from '@jujuts/ops/internal';
import { createJujuState, FakeJuju, JujuError } from '../../src/juju';
import { dbRelation, unitWith } from './juju-fixture';

/** A single-address network, as Juju reports a one-interface unit. */
function networkAt(address: string): NetworkInfo {
  return {
    bindAddresses: [{ macAddress: '', interfaceName: 'eth0', addresses: [{ value: address, cidr: `${address}/32` }] }],
    ingressAddresses: [address],
    egressSubnets: [`${address}/32`],
  };
}

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (e) {
    return e;
  }
  throw new Error('expected the call to throw');
}

/** Unit app/0 with `db` bound to 10.0.0.1 and two db relations: 3 with a network of its own (10.9.0.3), 4 without. */
function unitWithRelationNetwork() {
  return unitWith({
    networks: { db: networkAt('10.0.0.1'), metrics: networkAt('10.0.0.2') },
    relations: [dbRelation({ network: networkAt('10.9.0.3') }), dbRelation({ id: 4 })],
  });
}

describe('network-get', () => {
  describe('without -r', () => {
    it("answers the binding's network even when a relation of the endpoint has its own", () => {
      const { juju } = unitWithRelationNetwork();
      expect(juju.network('db').ingressAddresses).toEqual(['10.0.0.1']);
    });
  });

  describe('with -r of a relation that has a network of its own', () => {
    it("answers the relation's network for the relation's endpoint", () => {
      const { juju } = unitWithRelationNetwork();
      expect(juju.network('db', 3)).toEqual(networkAt('10.9.0.3'));
    });

    it("answers another binding's own network for that binding", () => {
      const { juju } = unitWithRelationNetwork();
      expect(juju.network('metrics', 3).ingressAddresses).toEqual(['10.0.0.2']);
    });

    it('gives the charm a copy it cannot change the state through', () => {
      const { juju } = unitWithRelationNetwork();
      (juju.network('db', 3).ingressAddresses as string[]).push('6.6.6.6');
      expect(juju.network('db', 3).ingressAddresses).toEqual(['10.9.0.3']);
    });
  });

  describe('with -r of a relation without a network of its own', () => {
    it("answers the endpoint's binding", () => {
      const { juju } = unitWithRelationNetwork();
      expect(juju.network('db', 4).ingressAddresses).toEqual(['10.0.0.1']);
    });
  });

  describe('with -r of a relation Juju does not know', () => {
    it('fails as Juju does, exit code 2, even though the binding exists', () => {
      const { juju } = unitWithRelationNetwork();
      const error = catchError(() => juju.network('db', 99));
      expect(error).toBeInstanceOf(JujuError);
      expect(error).toMatchObject({ text: 'invalid value "99" for option -r: relation not found', exitCode: 2 });
    });

    it('reaches the charm as RelationNotFoundError', () => {
      const { backend } = unitWithRelationNetwork();
      expect(() => backend.networkGet('db', 99)).toThrow(RelationNotFoundError);
    });
  });

  describe('for a binding nobody configured', () => {
    it("fails with Juju's text", () => {
      const { juju } = unitWithRelationNetwork();
      expect(() => juju.network('nope', 3)).toThrow('no network config found for binding "nope"');
    });
  });

  describe('within a hook that writes the relation', () => {
    it("still answers the relation's network, before and after the hook commits", () => {
      const { juju, backend } = unitWithRelationNetwork();
      backend.relationSet({ endpoint: 'db', id: 3 }, { host: 'web-0' }, false);
      expect(backend.networkGet('db', 3).ingressAddresses).toEqual(['10.9.0.3']);
      juju.endHook(true);
      expect(juju.state.relations[0]?.localUnitData['host']).toBe('web-0');
      expect(juju.network('db', 3).ingressAddresses).toEqual(['10.9.0.3']);
    });
  });

  describe('when Juju gives a relation a network during a hook', () => {
    it('shows it to the hook and keeps it after the hook commits its writes', () => {
      const { juju, backend } = unitWithRelationNetwork();
      backend.relationSet({ endpoint: 'db', id: 4 }, { host: 'web-0' }, false);
      juju.applyNow((s) => {
        const relation = s.relations.find((r) => r.id === 4);
        if (relation) relation.network = networkAt('10.9.0.4');
      });
      expect(juju.network('db', 4).ingressAddresses).toEqual(['10.9.0.4']);
      juju.endHook(true);
      expect(juju.network('db', 4).ingressAddresses).toEqual(['10.9.0.4']);
      expect(juju.network('db', 3).ingressAddresses).toEqual(['10.9.0.3']);
    });
  });
});

describe('a relation network in the state document', () => {
  it('survives the JSON round trip the simulator makes', () => {
    const { juju } = unitWithRelationNetwork();
    const restored = FakeJuju.fromDocument(JSON.parse(JSON.stringify(juju.toDocument())));
    expect(restored.network('db', 3).ingressAddresses).toEqual(['10.9.0.3']);
  });

  it('is absent from a relation that has none, not written as null', () => {
    const state = createJujuState({ relations: [{ endpoint: 'db' }] });
    expect(JSON.parse(JSON.stringify(state)).relations[0]).not.toHaveProperty('network');
  });
});
