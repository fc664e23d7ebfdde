import type { PortSpec } from '../backend/backend-types';

/**
 * Formats a port as `open-port` takes it (`80/tcp`, `8000-8999/udp`, `icmp`),
 * throwing a TypeError that names the rule when the spec is invalid.
 */
export function formatPort(spec: PortSpec): string {
  const { protocol, port, toPort } = spec;
  if (protocol === 'icmp') {
    if (port !== undefined || toPort !== undefined) throw new TypeError('icmp has no port: pass { protocol: "icmp" } alone');
    return 'icmp';
  }
  if (protocol !== 'tcp' && protocol !== 'udp') {
    throw new TypeError(`unknown protocol "${String(protocol)}"; use tcp, udp or icmp`);
  }
  if (port === undefined) throw new TypeError(`a ${protocol} port needs a port number (1-65535)`);
  assertPortNumber(port);
  if (toPort === undefined || toPort === port) return `${port}/${protocol}`;
  assertPortNumber(toPort);
  if (toPort < port) throw new TypeError(`port range ${port}-${toPort}/${protocol} is reversed: the first port must not exceed the last`);
  return `${port}-${toPort}/${protocol}`;
}

/** Parses one entry of `opened-ports` output (`80/tcp`, `8000-8999/tcp`, `icmp`). */
export function parsePort(text: string): PortSpec {
  if (text === 'icmp') return { protocol: 'icmp' };
  const match = /^(\d+)(?:-(\d+))?\/(tcp|udp)$/.exec(text.trim());
  if (!match) throw new TypeError(`"${text}" is not a port as opened-ports prints it (80/tcp, 8000-8999/udp or icmp)`);
  const port = Number(match[1]);
  const toPort = match[2] === undefined ? undefined : Number(match[2]);
  return { protocol: match[3] as 'tcp' | 'udp', port, ...(toPort === undefined ? {} : { toPort }) };
}

function assertPortNumber(port: number): void {
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new TypeError(`port ${port} is out of range: ports are integers from 1 to 65535`);
  }
}
