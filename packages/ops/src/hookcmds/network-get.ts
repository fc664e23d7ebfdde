import type { BindAddress, JsonValue, NetworkAddress, NetworkInfo } from '../backend/backend-types';
import { expectObject, expectStringList, optionalString, parseJsonOutput } from './parse-output';
import type { HookCommandRunner } from './run-hook-command';

/**
 * `network-get BINDING --format=json [-r N]`. Unlike the relation commands,
 * network-get's `-r` takes the plain relation number.
 */
export function networkGet(run: HookCommandRunner, binding: string, relationId?: number): NetworkInfo {
  const args = [binding, '--format=json', ...(relationId === undefined ? [] : ['-r', String(relationId)])];
  const out = expectObject('network-get', parseJsonOutput('network-get', run({ command: 'network-get', args })));
  return {
    bindAddresses: list(out['bind-addresses']).map(toBindAddress),
    ingressAddresses: expectStringList('network-get', out['ingress-addresses'] ?? null),
    egressSubnets: expectStringList('network-get', out['egress-subnets'] ?? null),
  };
}

function toBindAddress(value: JsonValue): BindAddress {
  const obj = expectObject('network-get', value);
  return {
    macAddress: optionalString(obj, 'mac-address') ?? '',
    interfaceName: optionalString(obj, 'interface-name') ?? '',
    addresses: list(obj['addresses']).map(toAddress),
  };
}

function toAddress(value: JsonValue): NetworkAddress {
  const obj = expectObject('network-get', value);
  // Juju 2.8 and older print `address`; newer ones `value`.
  return {
    value: optionalString(obj, 'value') ?? optionalString(obj, 'address') ?? '',
    cidr: optionalString(obj, 'cidr') ?? '',
    hostname: optionalString(obj, 'hostname') || undefined,
  };
}

function list(value: JsonValue | undefined): JsonValue[] {
  return Array.isArray(value) ? value : [];
}
