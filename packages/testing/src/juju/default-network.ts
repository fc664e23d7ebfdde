import type { NetworkInfo } from '@jujuts/ops/internal';

/** The address every binding gets unless a test says otherwise (TEST-NET-1, never routable). */
export const DEFAULT_ADDRESS = '192.0.2.0';

/** The `network-get` answer for a binding nobody configured: one interface on 192.0.2.0/24. */
export function defaultNetwork(): NetworkInfo {
  return {
    bindAddresses: [
      {
        macAddress: '',
        interfaceName: 'eth0',
        addresses: [{ value: DEFAULT_ADDRESS, cidr: '192.0.2.0/24' }],
      },
    ],
    ingressAddresses: [DEFAULT_ADDRESS],
    egressSubnets: ['192.0.2.0/24'],
  };
}

/** The keys Juju itself puts in every unit's bag when it joins a relation. */
export function defaultUnitBag(): Record<string, string> {
  return {
    'egress-subnets': '192.0.2.0/24',
    'ingress-address': DEFAULT_ADDRESS,
    'private-address': DEFAULT_ADDRESS,
  };
}
