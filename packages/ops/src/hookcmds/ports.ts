import type { PortSpec } from '../backend/backend-types';
import { ModelError } from '../errors';
import { expectStringList, parseJsonOutput } from './parse-output';
import { formatPort, parsePort } from './port-spec';
import type { HookCommandRunner } from './run-hook-command';

/** `open-port PORT/PROTO`, `open-port FROM-TO/PROTO` or `open-port icmp`. */
export function openPort(run: HookCommandRunner, port: PortSpec): void {
  run({ command: 'open-port', args: [formatPort(port)] });
}

/** `close-port`, same forms as {@link openPort}. */
export function closePort(run: HookCommandRunner, port: PortSpec): void {
  run({ command: 'close-port', args: [formatPort(port)] });
}

/** `opened-ports --format=json`: the ports and ranges this unit has open. */
export function openedPorts(run: HookCommandRunner): PortSpec[] {
  const list = expectStringList('opened-ports', parseJsonOutput('opened-ports', run({ command: 'opened-ports', args: ['--format=json'] })));
  return list.map((entry) => {
    try {
      return parsePort(entry);
    } catch (err) {
      throw new ModelError(`opened-ports printed an entry jujuts cannot read: ${(err as Error).message}`);
    }
  });
}
