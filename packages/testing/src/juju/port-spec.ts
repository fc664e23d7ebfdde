import type { PortSpec } from '@jujuts/ops/internal';
import { JujuError } from './juju-error';

/** A port as `opened-ports` prints it: `80/tcp`, `8000-8999/tcp` or `icmp`. */
export function formatPort(port: PortSpec): string {
  if (port.protocol === 'icmp') return 'icmp';
  const range =
    port.toPort !== undefined && port.toPort !== port.port ? `${port.port}-${port.toPort}` : `${port.port}`;
  return `${range}/${port.protocol}`;
}

/** Parse `open-port`'s argument (`80/tcp`, `8000-8999/udp`, `80`, `icmp`), refusing what Juju refuses. */
export function parsePort(text: string): PortSpec {
  if (text === 'icmp') return { protocol: 'icmp' };
  const match = /^(\d+)(?:-(\d+))?(?:\/(\w+))?$/.exec(text);
  if (!match)
    throw new JujuError(`invalid port "${text}": expected PORT[/PROTOCOL], FROM-TO[/PROTOCOL] or icmp`);
  const protocol = (match[3] ?? 'tcp').toLowerCase();
  if (protocol !== 'tcp' && protocol !== 'udp') {
    throw new JujuError(`invalid protocol "${match[3] ?? ''}" in "${text}": expected tcp or udp`);
  }
  const from = Number(match[1]);
  const to = match[2] === undefined ? undefined : Number(match[2]);
  return checkPort({ protocol, port: from, toPort: to });
}

/** Refuse a port Juju would refuse: out of 1–65535, a reversed range, or a port on icmp. */
export function checkPort(port: PortSpec): PortSpec {
  if (port.protocol === 'icmp') {
    if (port.port !== undefined) throw new JujuError('protocol "icmp" does not take a port');
    return { protocol: 'icmp' };
  }
  const from = port.port;
  const to = port.toPort ?? from;
  if (
    from === undefined ||
    to === undefined ||
    !Number.isInteger(from) ||
    !Number.isInteger(to) ||
    from < 1 ||
    to > 65535 ||
    from > to
  ) {
    throw new JujuError(
      `invalid port range ${String(from)}-${String(to)}/${port.protocol}: ports must be between 1 and 65535, lowest first`,
    );
  }
  return to === from
    ? { protocol: port.protocol, port: from }
    : { protocol: port.protocol, port: from, toPort: to };
}

/** Whether two ports are the same opening. */
export function samePort(a: PortSpec, b: PortSpec): boolean {
  return formatPort(a) === formatPort(b);
}

/** Whether two different port ranges overlap, which Juju refuses. */
export function portsConflict(a: PortSpec, b: PortSpec): boolean {
  if (a.protocol !== b.protocol || a.protocol === 'icmp' || samePort(a, b)) return false;
  const aFrom = a.port ?? 0;
  const bFrom = b.port ?? 0;
  return aFrom <= (b.toPort ?? bFrom) && bFrom <= (a.toPort ?? aFrom);
}
