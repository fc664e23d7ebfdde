import type { NetworkInfo } from '@jujuts/ops/internal';
import { HarnessError } from '../../src/harness';
import { networkInfo, type AddNetworkOptions } from '../../src/harness/network-info';
import { recorder } from './harness-fixture';

/** The network-get answer for `address`, as addNetwork builds it. */
function info(address: string, options: AddNetworkOptions = {}): NetworkInfo {
  return networkInfo(address, options, `addNetwork('${address}')`);
}

/** The subnet addNetwork reports for `address` when no cidr is given. */
function defaultCidr(address: string): string | undefined {
  return info(address).bindAddresses[0]?.addresses[0]?.cidr;
}

/** The message addNetwork throws for `address` and `options`, failing the test if it throws none. */
function refusal(address: string, options: AddNetworkOptions = {}): string {
  try {
    info(address, options);
  } catch (error) {
    expect(error).toBeInstanceOf(HarnessError);
    return (error as HarnessError).message;
  }
  throw new Error(`addNetwork('${address}') accepted ${JSON.stringify(options)}`);
}

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

  describe('when no cidr is given', () => {
    it('uses the /24 network of an IPv4 address, host bits cleared, for the interface and the egress subnets', () => {
      expect(info('192.168.7.200')).toEqual({
        bindAddresses: [{ macAddress: '', interfaceName: 'eth0', addresses: [{ value: '192.168.7.200', cidr: '192.168.7.0/24' }] }],
        ingressAddresses: ['192.168.7.200'],
        egressSubnets: ['192.168.7.0/24'],
      });
    });

    it('uses the /64 network of an IPv6 address, host bits cleared, as ops does', () => {
      expect(defaultCidr('2001:db8:1:2:3:4:5:6')).toBe('2001:db8:1:2::/64');
      expect(info('fd00::5').egressSubnets).toEqual(['fd00::/64']);
    });

    it('prints the IPv6 network compressed, lowercase, as ops and Juju print it', () => {
      expect(defaultCidr('FD00:0:0:1:0:0:0:9')).toBe('fd00:0:0:1::/64');
      expect(defaultCidr('2001:db8:0:0:1::1')).toBe('2001:db8::/64');
      expect(defaultCidr('1:0:0:1:ffff:ffff:ffff:ffff')).toBe('1:0:0:1::/64');
      expect(defaultCidr('1:0:2:3::')).toBe('1:0:2:3::/64');
      expect(defaultCidr('::1')).toBe('::/64');
    });

    it('reads the compressed and IPv4-embedded forms of an IPv6 address', () => {
      expect(defaultCidr('fd00:0:0:7::ffff')).toBe('fd00:0:0:7::/64');
      expect(defaultCidr('::ffff:10.1.2.3')).toBe('::/64');
      expect(defaultCidr('64:ff9b:1:2::10.0.0.1')).toBe('64:ff9b:1:2::/64');
    });

    it('ignores the zone of a link-local address', () => {
      expect(defaultCidr('fe80::1:2%eth0')).toBe('fe80::/64');
    });
  });

  describe('when a cidr is given', () => {
    it('keeps it as written, for the interface and the egress subnets', () => {
      const network = info('10.1.2.3', { cidr: '10.0.0.0/8' });
      expect(network.bindAddresses[0]?.addresses[0]?.cidr).toBe('10.0.0.0/8');
      expect(network.egressSubnets).toEqual(['10.0.0.0/8']);
      expect(info('fd00:0:0:1::5', { cidr: 'FD00::/48' }).egressSubnets).toEqual(['FD00::/48']);
    });

    it('accepts a host route and the whole address space', () => {
      expect(info('10.1.2.3', { cidr: '10.1.2.3/32' }).egressSubnets).toEqual(['10.1.2.3/32']);
      expect(info('fd00::5', { cidr: '::/0' }).egressSubnets).toEqual(['::/0']);
    });

    it('refuses one that is not ADDRESS/PREFIX', () => {
      for (const cidr of ['10.1.2.0', '10.1.2.0/', '10.1.2.0/24/8', 'lan/24', '10.1.2.0/255.255.255.0', '10.1.2.0/024']) {
        expect(refusal('10.1.2.3', { cidr })).toBe(
          `addNetwork('10.1.2.3'): cidr '${cidr}' is not a subnet in CIDR form ADDRESS/PREFIX, for example '10.0.0.0/24' or 'fd00::/64'`,
        );
      }
    });

    it('refuses a prefix longer than the address', () => {
      expect(refusal('10.1.2.3', { cidr: '10.1.2.0/33' })).toBe("addNetwork('10.1.2.3'): cidr '10.1.2.0/33' has prefix 33; an IPv4 prefix is 0 to 32");
      expect(refusal('fd00::5', { cidr: 'fd00::/129' })).toBe("addNetwork('fd00::5'): cidr 'fd00::/129' has prefix 129; an IPv6 prefix is 0 to 128");
    });

    it('refuses one with host bits set, naming its network', () => {
      expect(refusal('10.1.2.3', { cidr: '10.1.2.3/24' })).toBe(
        "addNetwork('10.1.2.3'): cidr '10.1.2.3/24' has host bits set; a subnet is named by its network address: give '10.1.2.0/24'",
      );
      expect(refusal('fd00::1:5', { cidr: 'fd00::1:5/64' })).toBe(
        "addNetwork('fd00::1:5'): cidr 'fd00::1:5/64' has host bits set; a subnet is named by its network address: give 'fd00::/64'",
      );
    });

    it('refuses one that does not hold the address, or is of the other family', () => {
      expect(refusal('10.1.2.3', { cidr: '10.9.0.0/16' })).toBe(
        "addNetwork('10.1.2.3'): cidr '10.9.0.0/16' does not contain the address 10.1.2.3; give the subnet the address is on, for example '10.1.2.0/24'",
      );
      expect(refusal('10.1.2.3', { cidr: 'fd00::/64' })).toContain("cidr 'fd00::/64' does not contain the address 10.1.2.3");
      expect(refusal('fd00:0:0:2::5', { cidr: 'fd00:0:0:1::/64' })).toContain("for example 'fd00:0:0:2::/64'");
    });
  });

  describe('when the address is not an IP address', () => {
    it('refuses it, naming the call and the rule', () => {
      for (const address of ['10.0.0.256', '10.0.0', '10.0.0.01', 'fd00:::1', 'fd00::g', 'db.example.com', '10.0.0.0/24', '']) {
        expect(refusal(address)).toBe(
          `addNetwork('${address}'): the address '${address}' is not an IPv4 or IPv6 address; give the unit's address on the binding, for example '10.0.0.10' or 'fd00::10'`,
        );
      }
    });

    it('leaves what the bindings report unchanged', () => {
      const harness = recorder();
      expect(() => harness.addNetwork('10.0.0.300', { endpoint: 'db' })).toThrow(
        "addNetwork('10.0.0.300'): the address '10.0.0.300' is not an IPv4 or IPv6 address",
      );
      expect(harness.model.getBinding('db').network.ingressAddress).toBe('192.0.2.0');
    });
  });

  describe('when ingress addresses are given', () => {
    it('takes IP addresses and hostnames, which Juju reports when it could not resolve them', () => {
      const ingress = ['10.0.0.9', 'fd00::9', 'unit-0.example.com', 'juju-abc123-0'];
      expect(info('10.0.0.5', { ingressAddresses: ingress }).ingressAddresses).toEqual(ingress);
    });

    it('refuses one that is neither, naming its index', () => {
      for (const bad of ['10.0.0.256', '', 'a host', 'http://10.0.0.9', '-edge.example.com', '10.0.0.9:8080']) {
        expect(refusal('10.0.0.5', { ingressAddresses: ['10.0.0.9', bad] })).toBe(
          `addNetwork('10.0.0.5'): ingressAddresses[1] '${bad}' is neither an IPv4 or IPv6 address nor a hostname`,
        );
      }
    });
  });

  describe('when egress subnets are given', () => {
    it('keeps them, whatever the cidr', () => {
      expect(info('10.0.0.5', { egressSubnets: ['203.0.113.0/24', '2001:db8::/32'] }).egressSubnets).toEqual(['203.0.113.0/24', '2001:db8::/32']);
    });

    it('refuses one that is not a subnet in CIDR form, naming its index', () => {
      expect(refusal('10.0.0.5', { egressSubnets: ['10.0.0.0/24', '203.0.113.7'] })).toBe(
        "addNetwork('10.0.0.5'): egressSubnets[1] '203.0.113.7' is not a subnet in CIDR form ADDRESS/PREFIX, for example '10.0.0.0/24' or 'fd00::/64'",
      );
      expect(refusal('10.0.0.5', { egressSubnets: ['203.0.113.7/24'] })).toContain("egressSubnets[0] '203.0.113.7/24' has host bits set");
    });
  });
});
