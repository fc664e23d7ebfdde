import { ModelError } from '../../src/errors';
import type { NetworkInfo } from '../../src/backend/backend-types';
import { dbRelation, makeModel } from './support/fixtures';

jest.mock('../../src/model/container', () => ({ Container: class {} }), { virtual: true });

function networkInfo(ingress: string, cidr = '10.0.0.0/24'): NetworkInfo {
  return {
    bindAddresses: [
      { macAddress: 'aa', interfaceName: 'eth0', addresses: [{ value: '10.0.0.5', cidr }, { value: '10.0.0.6', cidr: '' }] },
      { macAddress: 'bb', interfaceName: 'eth1', addresses: [{ value: 'fe80::1', cidr: '' }] },
    ],
    ingressAddresses: [ingress, '192.168.1.1'],
    egressSubnets: ['10.0.0.0/24'],
  };
}

describe('binding', () => {
  it('reads network-get lazily, once', () => {
    const { model, backend } = makeModel((b) => (b.networks = { db: networkInfo('10.0.0.5') }));
    const binding = model.getBinding('db');
    expect(backend.calls).toEqual([]);
    expect(binding.network.ingressAddress).toBe('10.0.0.5');
    expect(model.getBinding('db')).toBe(binding);
    void binding.network;
    expect(backend.callsTo('networkGet')).toEqual([['db', undefined]]);
  });

  it('exposes every interface address, bind address and subnets', () => {
    const { model } = makeModel((b) => (b.networks = { metrics: networkInfo('10.0.0.5') }));
    const net = model.getBinding('metrics').network;
    expect(net.interfaces).toEqual([
      { name: 'eth0', address: '10.0.0.5', subnet: '10.0.0.0/24' },
      { name: 'eth0', address: '10.0.0.6', subnet: '10.0.0.6/32' },
      { name: 'eth1', address: 'fe80::1', subnet: 'fe80::1/128' },
    ]);
    expect(net.bindAddress).toBe('10.0.0.5');
    expect(net.ingressAddresses).toEqual(['10.0.0.5', '192.168.1.1']);
    expect(net.egressSubnets).toEqual(['10.0.0.0/24']);
  });

  it('has no addresses when Juju gives none', () => {
    const { model } = makeModel((b) => (b.networks = { db: { bindAddresses: [], ingressAddresses: [], egressSubnets: [] } }));
    expect(model.getBinding('db').network.bindAddress).toBeUndefined();
    expect(model.getBinding('db').network.ingressAddress).toBeUndefined();
  });

  describe('for a relation', () => {
    it('asks network-get with the relation id', () => {
      const { model, backend } = makeModel((b) => {
        b.relations = [dbRelation(3)];
        b.networks = { db: networkInfo('10.0.0.5'), 'db:3': networkInfo('172.16.0.1') };
      });
      const rel = model.getRelation('db')!;
      expect(model.getBinding(rel).network.ingressAddress).toBe('172.16.0.1');
      expect(backend.callsTo('networkGet')).toEqual([['db', 3]]);
    });

    it('falls back to the endpoint binding when the relation is gone', () => {
      const { model, backend } = makeModel((b) => (b.networks = { db: networkInfo('10.0.0.5') }));
      const gone = model.getRelation('db', 9)!;
      expect(model.getBinding(gone).network.ingressAddress).toBe('10.0.0.5');
      expect(backend.callsTo('networkGet')).toEqual([
        ['db', 9],
        ['db', undefined],
      ]);
    });
  });

  it('refuses a name that is neither an endpoint nor an extra binding', () => {
    const { model } = makeModel();
    expect(() => model.getBinding('nope')).toThrow(ModelError);
    expect(() => model.getBinding('nope')).toThrow(/binding 'nope' is not an endpoint or extra binding of this charm \(declared: db, cluster, website, metrics\)/);
  });
});
