import { isIP } from 'node:net';
import type { NetworkInfo } from '@jujuts/ops/internal';
import { HarnessError } from './harness-error';

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
  /**
   * The address's subnet, which must contain it (default: its /24 for IPv4,
   * its /64 for IPv6, host bits cleared, as ops's Harness does).
   */
  readonly cidr?: string | undefined;
  /** The interface name (default `eth0`). */
  readonly interface?: string | undefined;
  /** Addresses other units reach this one on, IP addresses or hostnames (default: the address). */
  readonly ingressAddresses?: readonly string[] | undefined;
  /** Subnets this unit's traffic leaves from (default: the cidr). */
  readonly egressSubnets?: readonly string[] | undefined;
}

const BITS = { 4: 32, 6: 128 } as const;
const DEFAULT_PREFIX = { 4: 24, 6: 64 } as const;
// RFC 1123 labels; a name whose last label is all digits is a mistyped IPv4 address, not a host.
const HOSTNAME = /^(?=.{1,253}\.?$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*(?!\d+\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.?$/i;

type Family = 4 | 6;

/**
 * The `network-get` answer for one address, as Juju reports a
 * single-interface unit. Throws a HarnessError, prefixed with `call`, for
 * what Juju could never report: an address that is not an IP, a subnet not
 * in CIDR form, with host bits set, or not holding the address (ops's model
 * rejects such subnets when the charm reads them).
 */
export function networkInfo(address: string, options: AddNetworkOptions, call: string): NetworkInfo {
  const family = ipFamily(address);
  if (family === undefined) {
    throw new HarnessError(`${call}: the address '${address}' is not an IPv4 or IPv6 address; give the unit's address on the binding, for example '10.0.0.10' or 'fd00::10'`);
  }
  const own = `${formatIp(networkBits(address, family, DEFAULT_PREFIX[family]), family)}/${DEFAULT_PREFIX[family]}`;
  const cidr = options.cidr ?? own;
  const subnet = checkedSubnet(cidr, 'cidr', call);
  if (subnet.family !== family || networkBits(address, family, subnet.prefix) !== subnet.network) {
    throw new HarnessError(`${call}: cidr '${cidr}' does not contain the address ${address}; give the subnet the address is on, for example '${own}'`);
  }
  options.egressSubnets?.forEach((s, i) => checkedSubnet(s, `egressSubnets[${i}]`, call));
  options.ingressAddresses?.forEach((a, i) => {
    if (ipFamily(a) === undefined && !HOSTNAME.test(a)) {
      throw new HarnessError(`${call}: ingressAddresses[${i}] '${a}' is neither an IPv4 or IPv6 address nor a hostname`);
    }
  });
  return {
    bindAddresses: [{ macAddress: '', interfaceName: options.interface ?? 'eth0', addresses: [{ value: address, cidr }] }],
    ingressAddresses: [...(options.ingressAddresses ?? [address])],
    egressSubnets: [...(options.egressSubnets ?? [cidr])],
  };
}

// The address with its host bits (all but the first `prefix`) cleared.
function networkBits(address: string, family: Family, prefix: number): bigint {
  const hostMask = (1n << BigInt(BITS[family] - prefix)) - 1n;
  return toBits(address, family) & ~hostMask;
}

function checkedSubnet(cidr: string, what: string, call: string): { family: Family; prefix: number; network: bigint } {
  const [network = '', prefixText, ...extra] = cidr.split('/');
  const family = ipFamily(network);
  if (family === undefined || prefixText === undefined || extra.length > 0 || !/^(?:0|[1-9]\d{0,2})$/.test(prefixText)) {
    throw new HarnessError(`${call}: ${what} '${cidr}' is not a subnet in CIDR form ADDRESS/PREFIX, for example '10.0.0.0/24' or 'fd00::/64'`);
  }
  const prefix = Number(prefixText);
  if (prefix > BITS[family]) {
    throw new HarnessError(`${call}: ${what} '${cidr}' has prefix ${prefix}; an IPv${family} prefix is 0 to ${BITS[family]}`);
  }
  const bits = networkBits(network, family, prefix);
  if (bits !== toBits(network, family)) {
    throw new HarnessError(`${call}: ${what} '${cidr}' has host bits set; a subnet is named by its network address: give '${formatIp(bits, family)}/${prefix}'`);
  }
  return { family, prefix, network: bits };
}

function ipFamily(text: string): Family | undefined {
  const family = isIP(text);
  return family === 4 || family === 6 ? family : undefined;
}

// WHATWG URL parsing does the IPv6 work: '::' runs, embedded IPv4, case; a zone (fe80::1%eth0) names no bits.
function toBits(address: string, family: Family): bigint {
  if (family === 4) return address.split('.').reduce((n, octet) => (n << 8n) | BigInt(octet), 0n);
  const [head = '', tail] = new URL(`http://[${address.replace(/%.*$/, '')}]/`).hostname.slice(1, -1).split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const hextets = [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return hextets.reduce((n, h) => (n << 16n) | BigInt(parseInt(h, 16)), 0n);
}

function formatIp(bits: bigint, family: Family): string {
  if (family === 4) return [24n, 16n, 8n, 0n].map((shift) => String((bits >> shift) & 0xffn)).join('.');
  const hextets = [112n, 96n, 80n, 64n, 48n, 32n, 16n, 0n].map((shift) => ((bits >> shift) & 0xffffn).toString(16));
  return new URL(`http://[${hextets.join(':')}]/`).hostname.slice(1, -1);
}
