import type { HookCommandRunner } from './run-hook-command';

/** `juju-reboot [--now]`: reboots the machine after the hook, or at once (killing the hook) with `now`. */
export function jujuReboot(run: HookCommandRunner, now: boolean): void {
  run({ command: 'juju-reboot', args: now ? ['--now'] : [] });
}
