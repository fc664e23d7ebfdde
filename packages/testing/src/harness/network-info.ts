import { isIPv4 } from 'node:net';
import type { NetworkInfo } from '@jujuts/ops/internal';

/** How `addNetwork` describes a binding's (or one relation's) network; only the address is required. */
export interface AddNetworkOptions {
  /** The endpoint or extra binding; all of them when absent (or, with `relationId`, the relation's endpoint). */
  readonly endpoint?: string | undefined;
  /**
   * A relation with a network of its own (cross-model, or bound to another
   * space): `network-get ENDPOINT -r ID` and `model.getBinding(relation)`
   * report this network for it, the endpoint's binding for the others.
   */
  readonly relationId?: number | undefined;
  /** The address's subnet (default: its /24 for IPv4, the address alone for IPv6). */
  readonly cidr?: string | undefined;
  /** The interface name (default `eth0`). */
  readonly interface?: string | undefined;
  /** Addresses other units reach this one on (default: the address). */
  readonly ingressAddresses?: readonly string[] | undefined;
  /** Subnets this unit's traffic leaves from (default: the cidr). */
  readonly egressSubnets?: readonly string[] | undefined;
}

/** The `network-get` answer for one address, as Juju reports a single-interface unit. */
export function networkInfo(address: string, options: AddNetworkOptions): NetworkInfo {
  const cidr = options.cidr ?? defaultCidr(address);
  return {
    bindAddresses: [{ macAddress: '', interfaceName: options.interface ?? 'eth0', addresses: [{ value: address, cidr }] }],
    ingressAddresses: [...(options.ingressAddresses ?? [address])],
    egressSubnets: [...(options.egressSubnets ?? [cidr])],
  };
}

function defaultCidr(address: string): string {
  if (!isIPv4(address)) return `${address}/128`;
  const octets = address.split('.');
  return `${octets.slice(0, 3).join('.')}.0/24`;
}
