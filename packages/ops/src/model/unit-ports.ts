import type { ModelBackend } from '../backend/model-backend';
import { Port, toPort } from './port';

/**
 * Makes the opened ports exactly `ports`: closes what is open and not wanted,
 * then opens what is missing, so no port flaps. A bare number means tcp.
 */
export function setPorts(backend: ModelBackend, ports: ReadonlyArray<number | Port>): void {
  const desired = ports.map((p) => (typeof p === 'number' ? toPort('tcp', p) : p.toPort === undefined ? toPort(p.protocol, p.port) : p));
  const existing = backend.openedPorts().map((s) => Port.from(s));
  for (const open of existing) {
    if (!desired.some((d) => d.equals(open))) backend.closePort(open);
  }
  const seen: Port[] = [];
  for (const want of desired) {
    if (existing.some((e) => e.equals(want)) || seen.some((s) => s.equals(want))) continue;
    seen.push(want);
    backend.openPort(want);
  }
}
