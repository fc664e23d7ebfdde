import { HarnessError } from '../../src/harness';
import { recorder } from './harness-fixture';

describe('addNetwork', () => {
  it('sets what every binding reports when no endpoint is given', () => {
    const harness = recorder();
    harness.addNetwork('10.0.0.10');
    for (const name of ['db', 'website', 'metrics']) {
      const network = harness.model.getBinding(name).network;
      expect(network.bindAddress).toBe('10.0.0.10');
      expect(network.ingressAddress).toBe('10.0.0.10');
    }
  });

  it('sets one endpoint only, leaving the others at their default', () => {
    const harness = recorder();
    harness.addNetwork('10.0.0.10', { endpoint: 'db' });
    expect(harness.model.getBinding('db').network.ingressAddress).toBe('10.0.0.10');
    expect(harness.model.getBinding('website').network.ingressAddress).toBe('192.0.2.0');
  });

  it('derives the /24 subnet of an IPv4 address', () => {
    const harness = recorder();
    harness.addNetwork('10.1.2.3', { endpoint: 'db' });
    expect(harness.juju.state.networks['db']?.egressSubnets).toEqual(['10.1.2.0/24']);
  });

  it('takes the interface, cidr, ingress addresses and egress subnets given', () => {
    const harness = recorder();
    harness.addNetwork('fd00::5', { endpoint: 'metrics', interface: 'ens4', cidr: 'fd00::/64', ingressAddresses: ['fd00::6'], egressSubnets: ['fd00::/48'] });
    expect(harness.juju.state.networks['metrics']).toEqual({
      bindAddresses: [{ macAddress: '', interfaceName: 'ens4', addresses: [{ value: 'fd00::5', cidr: 'fd00::/64' }] }],
      ingressAddresses: ['fd00::6'],
      egressSubnets: ['fd00::/48'],
    });
  });

  it('is what the charm reads for a relation of the endpoint', async () => {
    const harness = recorder();
    const id = await harness.addRelation('db', 'pg');
    harness.addNetwork('10.9.9.9', { endpoint: 'db' });
    const rel = harness.model.getRelation('db', id);
    expect(rel && harness.model.getBinding(rel).network.ingressAddress).toBe('10.9.9.9');
  });

  it('refuses an endpoint the charm does not declare', () => {
    expect(() => recorder().addNetwork('10.0.0.1', { endpoint: 'dbx' })).toThrow(HarnessError);
    expect(() => recorder().addNetwork('10.0.0.1', { endpoint: 'dbx' })).toThrow(
      "addNetwork('10.0.0.1'): dbx is not an endpoint or extra binding (declared: db, logging, website, cluster, metrics)",
    );
  });
});
