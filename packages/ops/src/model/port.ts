import type { PortProtocol, PortSpec } from '../backend/backend-types';
import { ModelError } from '../errors';

/** A port (or range) opened for this unit: `80/tcp`, `53/udp`, `8000-8999/tcp`, `icmp`. */
export class Port implements PortSpec {
  readonly protocol: PortProtocol;
  /** The port number; undefined for icmp. */
  readonly port?: number | undefined;
  /** The last port of a range; undefined for a single port. */
  readonly toPort?: number | undefined;

  constructor(protocol: PortProtocol, port?: number, toPort?: number) {
    this.protocol = protocol;
    this.port = port;
    this.toPort = toPort;
  }

  /** A Port from a backend port spec. */
  static from(spec: PortSpec): Port {
    return new Port(spec.protocol, spec.port, spec.toPort);
  }

  /** Whether `other` names the same protocol and port(s). */
  equals(other: PortSpec): boolean {
    return this.protocol === other.protocol && this.port === other.port && this.toPort === other.toPort;
  }

  /** Juju's spelling: `80/tcp`, `8000-8999/tcp` or `icmp`. */
  toString(): string {
    if (this.protocol === 'icmp') return 'icmp';
    const range = this.toPort === undefined ? `${String(this.port)}` : `${String(this.port)}-${this.toPort}`;
    return `${range}/${this.protocol}`;
  }
}

/**
 * Normalises and checks a port before any command runs: tcp/udp need a port
 * in 1–65535, icmp takes none.
 */
export function toPort(protocol: string, port: number | undefined): Port {
  const p = protocol.toLowerCase();
  if (p !== 'tcp' && p !== 'udp' && p !== 'icmp') {
    throw new ModelError(`invalid port protocol '${protocol}': expected tcp, udp or icmp`);
  }
  if (p === 'icmp') {
    if (port !== undefined) throw new ModelError(`icmp takes no port number (got ${port}): call openPort('icmp')`);
    return new Port('icmp');
  }
  if (port === undefined || !Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ModelError(`invalid ${p} port ${String(port)}: a ${p} port must be an integer from 1 to 65535`);
  }
  return new Port(p, port);
}
