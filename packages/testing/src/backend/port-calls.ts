import { formatPort, type PortSpec } from '@jujuts/ops/internal';
import type { FakeJuju } from '../juju/fake-juju';
import { runFakeCommand } from './guard-fake-command';

// ops's own formatter builds the argument: it refuses a bad spec before anything is recorded, as production does.

/** `open-port PORT/PROTO` (or a range, or `icmp`) on the fake. */
export function openPort(juju: FakeJuju, port: PortSpec): void {
  const call = { command: 'open-port', args: [formatPort(port)], subject: 'opening a port' };
  runFakeCommand(juju, call, () => juju.ports.open(port));
}

/** `close-port`, same forms as {@link openPort}, on the fake. */
export function closePort(juju: FakeJuju, port: PortSpec): void {
  const call = { command: 'close-port', args: [formatPort(port)], subject: 'closing a port' };
  runFakeCommand(juju, call, () => juju.ports.close(port));
}

/** `opened-ports` on the fake. */
export function openedPorts(juju: FakeJuju): PortSpec[] {
  const call = { command: 'opened-ports', args: [], subject: 'the opened ports' };
  return runFakeCommand(juju, call, () => juju.ports.opened());
}
