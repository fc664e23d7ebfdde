import type { NetworkInfo } from '../backend/backend-types';

/** One address on one interface of a binding. */
export interface NetworkInterface {
  /** The interface name, for example `eth0`. */
  readonly name: string;
  /** The IP address. */
  readonly address: string;
  /** The subnet in CIDR form (the address alone as /32 or /128 when Juju gives none). */
  readonly subnet: string;
}

/** The network of a binding, from `network-get`. */
export class Network {
  /** Every address of every bound interface; an interface with several addresses appears once per address. */
  readonly interfaces: readonly NetworkInterface[];
  /** Addresses other units should use to reach this one, best first. */
  readonly ingressAddresses: readonly string[];
  /** Subnets this unit's traffic comes from, as seen by remote units. */
  readonly egressSubnets: readonly string[];

  constructor(info: NetworkInfo) {
    this.interfaces = info.bindAddresses.flatMap((b) =>
      b.addresses.map((a) => ({
        name: b.interfaceName,
        address: a.value,
        subnet: a.cidr || `${a.value}/${a.value.includes(':') ? 128 : 32}`,
      })),
    );
    this.ingressAddresses = info.ingressAddresses;
    this.egressSubnets = info.egressSubnets;
  }

  /** The address to bind servers to: the first interface's, if any. */
  get bindAddress(): string | undefined {
    return this.interfaces[0]?.address;
  }

  /** The address to advertise to other units: the first ingress address, if any. */
  get ingressAddress(): string | undefined {
    return this.ingressAddresses[0];
  }
}
