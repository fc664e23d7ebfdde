import type { PortSpec } from '@jujuts/ops/internal';
import type { HookScope } from './hook-scope';
import { JujuError } from './juju-error';
import { checkPort, formatPort, portsConflict, samePort } from './port-spec';

/**
 * `open-port`, `close-port`, `opened-ports`. Opening twice or closing what
 * is not open is a no-op, as in Juju; an overlapping different range is
 * refused. Changes are pending until the hook succeeds.
 */
export class FakePorts {
  constructor(private readonly scope: HookScope) {}

  /** `open-port`. */
  open(port: PortSpec): void {
    const wanted = checkPort(port);
    const opened = this.scope.view().openedPorts;
    if (opened.some((p) => samePort(p, wanted))) return;
    const clash = opened.find((p) => portsConflict(p, wanted));
    if (clash) {
      throw new JujuError(
        `cannot open ${formatPort(wanted)} (unit "${this.scope.unitName}"): port ranges ${formatPort(clash)} and ${formatPort(wanted)} conflict`,
      );
    }
    this.scope.writable('openedPorts').push(wanted);
  }

  /** `close-port`. */
  close(port: PortSpec): void {
    const wanted = checkPort(port);
    const opened = this.scope.writable('openedPorts');
    for (let at = opened.findIndex((p) => samePort(p, wanted)); at >= 0; at = opened.findIndex((p) => samePort(p, wanted))) opened.splice(at, 1);
  }

  /** `opened-ports`. */
  opened(): PortSpec[] {
    return this.scope.view().openedPorts.map((p) => ({ ...p }));
  }
}
